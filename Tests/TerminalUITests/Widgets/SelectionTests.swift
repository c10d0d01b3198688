import Testing
import TerminalUI

@Suite struct SelectionTests {
    @Test func listMovesAndStaysInRange() {
        var list = ListState(count: 5, pageSize: 3)
        list.handle(.key(.up))
        #expect(list.selected == 0)
        list.handle(.key(.pageDown))
        #expect(list.selected == 3)
        list.handle(.key(.pageDown))
        #expect(list.selected == 4)
        list.handle(.key(.home))
        #expect(list.selected == 0)
        list.handle(.key(.end))
        list.count = 2
        #expect(list.selected == 1)
        #expect(list.handle(.key(.enter)) == false)
    }

    @Test func menuChoosesByEnterOrHotkeyAndDismissesOnEscape() {
        var menu = MenuState([MenuItem("Account Settings", hotkey: "a"), MenuItem("Help", hotkey: "h"), MenuItem("Sign out")])
        #expect(menu.handle(.key(.down)) == .moved)
        #expect(menu.handle(.key(.enter)) == .chosen(1))
        #expect(menu.handle(.key(.character("A"))) == .chosen(0))
        #expect(menu.list.selected == 0)
        #expect(menu.handle(.key(.character("z"))) == nil)
        #expect(menu.handle(.key(.escape)) == .dismissed)
    }

    @Test func confirmStartsOnCancelSoAStrayEnterNeverConfirms() {
        var state = ConfirmState()
        #expect(state.handle(.key(.enter)) == .cancel)
        #expect(state.handle(.key(.left)) == nil)
        #expect(state.handle(.key(.enter)) == .confirm)
        var fresh = ConfirmState()
        #expect(fresh.handle(.key(.character("y"))) == .confirm)
        var onConfirm = ConfirmState(choice: .confirm)
        #expect(onConfirm.handle(.key(.escape)) == .cancel)
    }

    @Test func focusRingCyclesBothWays() {
        var ring = FocusRing(["email", "password", "next"])
        ring.handle(.key(.backTab))
        #expect(ring.focused == "next")
        ring.handle(.key(.tab))
        ring.handle(.key(.tab))
        #expect(ring.isFocused("password"))
        #expect(ring.handle(.key(.enter)) == false)
        ring.setOrder(["password", "next"])
        #expect(ring.focused == "password")
        ring.setOrder(["other"])
        #expect(ring.focused == "other")
    }
}
