import Testing
import TerminalUI

@Suite struct ScreenRenderTests {
    @Test func sampleScreenAt80x24() {
        let buffer = SampleScreen().rendered(size: Size(width: 80, height: 24))
        let card = [
            "                  +- Sign in --------------------------------+",
            "                  | E-mail address                           |",
            "                  | alice@example.com                        |",
            "                  | Password                                 |",
            "                  | *******                                  |",
            "                  |                                          |",
            "                  | [x] Automatically sign in next time      |",
            "                  |                                          |",
            "                  | [ Sign in ]  Forgot Password?            |",
            "                  | x Wrong e-mail address or password.      |",
            "                  |                                          |",
            "                  +------------------------------------------+",
        ]
        let expected = Array(repeating: "", count: 5) + card + Array(repeating: "", count: 6)
            + ["Tab next  Enter sign in  Ctrl-R show password  F1 help  Esc quit"]
        #expect(buffer.textLines == expected)
    }

    @Test func sampleScreenAt40x12CutsWhatDoesNotFit() {
        let buffer = SampleScreen().rendered(size: Size(width: 40, height: 12))
        #expect(buffer.textLines == [
            "+- Sign in ----------------------------+",
            "| E-mail address                       |",
            "| alice@example.com                    |",
            "| Password                             |",
            "| *******                              |",
            "|                                      |",
            "| [x] Automatically sign in next time  |",
            "|                                      |",
            "| [ Sign in ]  Forgot Password?        |",
            "| x Wrong e-mail address or password.  |",
            "+--------------------------------------+",
            "Tab next  Enter sign in",
        ])
    }

    @Test func focusAndErrorsShowInTheirRoles() {
        let invalid = SampleScreen().rendered(size: Size(width: 80, height: 24))
        #expect(invalid[20, 9].style.role == .error, "an invalid field is drawn as an error even when focused")
        #expect(invalid[20, 14].style.role == .error)
        #expect(invalid[20, 7].style.role == .input)
        #expect(invalid.cursor == Position(x: 27, y: 9))

        let onButton = SampleScreen(focused: "signIn", message: nil).rendered(size: Size(width: 80, height: 24))
        #expect(onButton[20, 9].style.role == .input)
        #expect(onButton[20, 13].style.role == .focus)
        #expect(onButton[33, 13].style.role == .link)
        #expect(onButton.cursor == nil)
        #expect(onButton.hitTarget(at: Position(x: 22, y: 13)) == "signIn")
        #expect(onButton.hitTarget(at: Position(x: 35, y: 13)) == "forgot")
        #expect(onButton.hitTarget(at: Position(x: 21, y: 11)) == "remember")
    }

    @Test func footerKeysAreAccentedAndActionsMuted() {
        let buffer = SampleScreen().rendered(size: Size(width: 80, height: 24))
        #expect(buffer[0, 23].style.role == .accent)
        #expect(buffer[4, 23].style.role == .muted)
    }

    @Test func confirmDialogForAnIrreversibleAction() {
        var buffer = Buffer(size: Size(width: 40, height: 12))
        ConfirmDialog(title: "Enable MFA", message: "Enabling multifactor authentication cannot be undone. Continue?",
                      confirmTitle: "Enable", isDestructive: true, symbols: .ascii)
            .render(into: &buffer, area: buffer.area)
        #expect(buffer.textLines == [
            "", "",
            "+- Enable MFA -------------------------+",
            "|                                      |",
            "| Enabling multifactor authentication  |",
            "| cannot be undone. Continue?          |",
            "|                                      |",
            "|        [ Enable ]  [ Cancel ]        |",
            "+--------------------------------------+",
            "", "", "",
        ])
        #expect(buffer[2, 4].style.role == .warning)
        #expect(buffer[21, 7].style.role == .focus, "Cancel has the focus")
        #expect(buffer.hitTarget(at: Position(x: 12, y: 7)) == "confirm.confirm")
    }

    @Test func avatarMenuSitsInTheLowerLeftCorner() {
        var buffer = Buffer(size: Size(width: 40, height: 12))
        let menu = MenuState([MenuItem("Account Settings", hotkey: "a", value: 0), MenuItem("Help", hotkey: "h", value: 1),
                              MenuItem("Sign out", value: 2)], selected: 1, id: "avatar")
        PopupMenu(menu, corner: .bottomLeft, title: "alice", symbols: .ascii)
            .render(into: &buffer, area: buffer.area.splitRows([.fill, .fixed(1)])[0])
        #expect(buffer.textLines == [
            "", "", "", "", "", "",
            "+- alice --------------+",
            "|  Account Settings  a |",
            "|> Help              h |",
            "|  Sign out            |",
            "+----------------------+",
            "",
        ])
        #expect(buffer[3, 8].style.role == .focus)
        #expect(buffer.hitTarget(at: Position(x: 5, y: 9)) == "avatar.2")
    }

    @Test func textFieldScrollsToKeepTheCursorVisible() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        TextField(TextFieldState("alice@example.com"), isFocused: true).render(into: &buffer, area: buffer.area)
        #expect(buffer.text(row: 0) == "ple.com")
        #expect(buffer.cursor == Position(x: 7, y: 0))
    }

    @Test func passwordRevealShowsTheText() {
        var state = PasswordFieldState(TextFieldState("pw"))
        state.handle(.key(PasswordFieldState.revealKey))
        #expect(PasswordField(state).rendered(size: Size(width: 6, height: 1)).text(row: 0) == "pw")
        #expect(PasswordField(PasswordFieldState(TextFieldState("pw"))).rendered(size: Size(width: 6, height: 1)).text(row: 0) == "••")
    }

    @Test func codeFieldShowsSixBoxesAndHighlightsTheNextOne() {
        var state = CodeFieldState()
        _ = state.handle(.paste("12"))
        let buffer = CodeField(state, isFocused: true).rendered(size: Size(width: 24, height: 1))
        #expect(buffer.text(row: 0) == "[1][2][ ]  [ ][ ][ ]")
        #expect(buffer[6, 0].style.role == .focus)
        #expect(buffer[0, 0].style.role == .input)
        #expect(buffer.cursor == Position(x: 7, y: 0))
    }

    @Test func paragraphWrapsWordsAndSplitsLongOnes() {
        #expect(Paragraph.wrap("Scan the code with your authenticator app", width: 12)
            == ["Scan the", "code with", "your", "authenticato", "r app"])
        #expect(Paragraph.wrap("山田太郎さん", width: 5) == ["山田", "太郎", "さん"])
        #expect(Paragraph.wrap("a\n\nb", width: 5) == ["a", "", "b"])
    }

    @Test func spinnerAndMessages() {
        #expect(Spinner(tick: 9, label: "Signing in", symbols: .ascii).rendered(size: Size(width: 20, height: 1)).text(row: 0)
            == "/ Signing in")
        let message = MessageArea(.error("Wrong code."), symbols: .ascii).rendered(size: Size(width: 20, height: 1))
        #expect(message.text(row: 0) == "x Wrong code.")
        #expect(message[2, 0].style.role == .error)
    }
}
