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
        enum Choice { case settings, help, signOut }
        var menu = MenuState([MenuItem("Account Settings", hotkey: "a", value: Choice.settings),
                              MenuItem("Help", hotkey: "h", value: .help), MenuItem("Sign out", value: .signOut)])
        #expect(menu.handle(.key(.down)) == .moved)
        #expect(menu.handle(.key(.enter)) == .chosen(.help))
        #expect(menu.handle(.key(.character("A"))) == .chosen(.settings))
        #expect(menu.list.selected == 0)
        #expect(menu.handle(.key(.character("z"))) == nil)
        #expect(menu.handle(.key(.escape)) == .dismissed)
    }

    @Test func aMenuRowClickedChoosesIt() {
        var menu = MenuState([MenuItem("One", value: 1), MenuItem("Two", value: 2)], id: "menu")
        #expect(menu.handle(.click("menu.1")) == .chosen(2))
        #expect(menu.list.selected == 1)
        #expect(menu.handle(.click("other.0")) == nil)
        #expect(menu.handle(.click("menu.7")) == nil, "no such row")
        #expect(menu.handle(.scroll(target: "menu.0", rows: -1)) == .moved)
        #expect(menu.list.selected == 0)
    }

    @Test func theWheelMovesAListAndStaysInRange() {
        var list = ListState(count: 3)
        let moved = list.handle(.scroll(target: nil, rows: 1))
        #expect(moved)
        #expect(list.selected == 1)
        list.handle(.scroll(target: "x", rows: 5))
        #expect(list.selected == 2)
        list.handle(.scroll(target: nil, rows: -9))
        #expect(list.selected == 0)
        let clicked = list.handle(.click("x.1"))
        #expect(!clicked, "a click is for the screen that knows the list's name")
    }

    @Test func aClickAnswersAConfirmDialog() {
        var yes = ConfirmState()
        #expect(yes.handle(.click("remove.confirm")) == .confirm)
        var no = ConfirmState(choice: .confirm)
        #expect(no.handle(.click("remove.cancel")) == .cancel)
        #expect(no.handle(.click("remove")) == nil, "a click on the dialog's text")
    }

    /// A click focuses the control under it and leaves it the event (false); a click beside every
    /// control is used up (true), so it never presses the focused one.
    @Test func aClickMovesTheFocusToTheControlUnderIt() {
        var ring = FocusRing(["email", "password", "methods", "next"])
        let answers = [
            ring.handle(.click("next")), ring.focused == "next",
            ring.handle(.click("methods.3")), ring.focused == "methods",
            ring.handle(.click("avatar")), ring.focused == "methods",
            ring.handle(.scroll(target: "email", rows: 1)), ring.focused == "email",
            ring.handle(.scroll(target: nil, rows: 1)), ring.focused == "email",
        ]
        #expect(answers == [false, true, false, true, true, true, false, true, false, true])
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
