import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

/// Clicks and the wheel, on each kind of control: they arrive as the hit areas the screen drew
/// (`FlowDriver.click` checks the target is on screen at 80x24).
@Suite struct MouseFlowTests {
    @Test func signingInByClicksFieldsButtonsCheckboxesAndLinks() {
        var driver = FlowDriver { request in
            switch request {
            case .startSignIn: .success(.signInStarted(Samples.flow))
            case .submitPassword: .success(.signInProgress(SignInProgress(next: .done, session: Samples.session)))
            case .getAccount: .success(.account(Samples.account))
            default: nil
            }
        }
        driver.click("submit")
        #expect(driver.state.message?.text == Catalog(.en)(.emailImplausible), "the button was pressed, with no address")
        driver.click("email")
        driver.type("ada@example.com")
        guard case .email(let form) = driver.state.screen else { Issue.record("left the e-mail screen"); return }
        #expect(form.entry.field.text == "ada@example.com", "a click on the field puts the typing there")
        driver.click("submit")
        #expect(driver.sent == [.startSignIn(email: "ada@example.com")])

        driver.click("remember")
        #expect(driver.screenText.contains("[x] Automatically sign in next time"))
        driver.click("remember")
        #expect(driver.screenText.contains("[ ] Automatically sign in next time"))
        driver.click("forgotPassword")
        guard case .forgotPassword = driver.state.screen else { Issue.record("the link was not followed"); return }
        driver.press(.escape)
        driver.press(.enter)
        driver.click("password")
        driver.type("correct horse battery")
        driver.click("remember")
        driver.click("signIn")
        #expect(driver.sent.last == .getAccount)
        #expect(driver.sent.contains(.submitPassword(flow: "flow-1", password: "correct horse battery", remember: true)))
    }

    @Test func theAvatarItsMenuAndAClickBesideIt() {
        var driver = MFASamples.driver(on: Samples.account) { _ in nil }
        driver.state.screen = .home(HomeScreen(account: Samples.account))
        driver.click(AppView.avatarID)
        #expect(driver.screenText.contains("Avatar Menu"))
        driver.click(AppView.coverID)
        #expect(driver.state.overlay == nil, "a click beside the menu closes it")
        driver.click(AppView.avatarID)
        driver.click("avatarMenu.0")
        #expect(driver.state.screen == .account(AccountScreen(account: Samples.account, text: Catalog(.en))))
        driver.click("accountPages.2")
        guard case .sessions = driver.state.screen else { Issue.record("not on Sessions"); return }
    }

    @Test func listRowsTheWheelAndDialogAnswers() {
        let account = MFASamples.account(enabled: true, methods: [MFASamples.pixel, MFASamples.iphone])
        var driver = MFASamples.driver(on: account) { request in
            request == .removeMfaMethod(id: "m-iphone") ? .success(.accepted) : nil
        }
        driver.click("methods.1")
        guard case .mfa(let clicked) = driver.state.screen else { Issue.record("left the screen"); return }
        #expect(clicked.selectedMethod == MFASamples.iphone)
        driver.send(.input(.scroll(target: "methods.1", rows: -1)))
        guard case .mfa(let scrolled) = driver.state.screen else { Issue.record("left the screen"); return }
        #expect(scrolled.selectedMethod == MFASamples.pixel, "the wheel moves the selection")
        driver.send(.input(.scroll(target: nil, rows: 1)))
        driver.click("remove")
        #expect(driver.screenText.contains("Remove \"iPhone\"?") || driver.screenText.contains("Remove Authenticator app"))
        driver.click("mfaConfirm.cancel")
        #expect(driver.state.overlay == nil)
        #expect(driver.sent.isEmpty)
        driver.click("remove")
        driver.click("mfaConfirm.confirm")
        #expect(driver.sent.first == .removeMfaMethod(id: "m-iphone"))
    }

    /// A click on a row of the verification methods chooses it and goes where it needs you.
    @Test func choosingTheSMSMethodByAClickGoesToSendCode() {
        var driver = FlowDriver { request in request == .sendSignInCode(flow: "f", method: "m-sms") ? .success(.accepted) : nil }
        driver.state.screen = .code(CodeScreen(flow: "f", methods: [Samples.authenticator, Samples.phone]))
        driver.click("methods.1")
        driver.click("sendCode")
        #expect(driver.sent == [.sendSignInCode(flow: "f", method: "m-sms")])
    }

    /// Clicks on what lies under a dialog do nothing: the dialog has the mouse as it has the keys.
    @Test func aDialogKeepsClicksFromTheScreenBelow() {
        let account = MFASamples.account(enabled: false, methods: [MFASamples.pixel])
        var driver = MFASamples.driver(on: account) { _ in nil }
        driver.press(.character("e"))
        #expect(driver.screenText.contains("Enable MFA"))
        driver.send(.input(.click("rename")))
        #expect(driver.sent.isEmpty)
        guard case .confirmMFA = driver.state.overlay else { Issue.record("the dialog closed"); return }
    }
}
