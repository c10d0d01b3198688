import AuthClient
import AuthModel
import Testing

@testable import AuthTerm

@Suite struct VerificationCodeFlowTests {
    /// A server where the password is right and MFA asks for "123456" (authenticator) or "654321" (SMS).
    static func mfaServer(_ request: Request) -> Result<Reply, ClientError>? {
        switch request {
        case .startSignIn: .success(.signInStarted(Samples.flow))
        case .submitPassword:
            .success(.signInProgress(SignInProgress(next: .code, methods: [Samples.phone, Samples.authenticator])))
        case .submitCode(_, "m-totp", "123456"), .submitCode(_, "m-sms", "654321"), .submitCode(_, "recovery", "k7m2-x9qp"):
            .success(.signInProgress(SignInProgress(next: .done, session: Samples.session)))
        case .submitCode(_, _, "111111"): .failure(Samples.serverError(.codeReused))
        case .submitCode: .failure(Samples.serverError(.invalidCode))
        case .sendSignInCode: .success(.accepted)
        case .getAccount: .success(.account(Samples.account))
        default: nil
        }
    }

    static func atCodeScreen() -> FlowDriver {
        var driver = FlowDriver(api: mfaServer)
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("correct horse battery")
        driver.press(.enter)
        return driver
    }

    @Test func asksForTheAuthenticatorCodeFirst() throws {
        let driver = Self.atCodeScreen()
        guard case .code(let form) = driver.state.screen else { Issue.record("no code screen"); return }
        #expect(form.choice == .method(Samples.authenticator))
        #expect(driver.screenText.contains("Enter the 6-digit code from your authenticator app"))
    }

    @Test func submitsOnTheSixthDigit() {
        var driver = Self.atCodeScreen()
        driver.type("12345")
        #expect(driver.sent.count == 2)
        driver.type("6")
        #expect(driver.sent[2] == .submitCode(flow: "flow-1", method: "m-totp", code: "123456"))
        #expect(driver.state.screen == .home(HomeScreen(account: Samples.account)))
    }

    @Test func aPastedCodeWithASpaceWorks() {
        var driver = Self.atCodeScreen()
        driver.paste("123 456")
        #expect(driver.state.screen == .home(HomeScreen(account: Samples.account)))
    }

    @Test func wrongAndReusedCodesAreExplainedAndCleared() {
        var driver = Self.atCodeScreen()
        driver.type("000000")
        #expect(driver.state.message?.text == "That code is not correct.")
        guard case .code(let form) = driver.state.screen else { Issue.record("left the code screen"); return }
        #expect(form.code.code.isEmpty)
        driver.type("111111")
        #expect(driver.state.message?.text == "That code was already used. Wait for the next one.")
    }

    @Test func smsMethodSendsACodeThenVerifies() {
        var driver = Self.atCodeScreen()
        driver.press(.tab)  // the method list
        driver.press(.down)  // SMS: the order becomes code, Send code, methods
        guard case .code(let form) = driver.state.screen else { Issue.record("left the code screen"); return }
        #expect(form.choice == .method(Samples.phone))
        #expect(driver.screenText.contains("+81 •••• ••42"))
        driver.press(.backTab)  // Send code
        driver.press(.enter)
        #expect(driver.sent.last == .sendSignInCode(flow: "flow-1", method: "m-sms"))
        #expect(driver.state.message?.text.contains("Code sent") == true)
        driver.type("654321")
        #expect(driver.sent.last == .getAccount)
    }

    @Test func recoveryCodeIsTypedAndSubmittedWithEnter() {
        var driver = Self.atCodeScreen()
        driver.press(.tab, .down, .down, .enter)
        driver.type("k7m2-x9qp")
        driver.press(.enter)
        #expect(driver.sent.contains(.submitCode(flow: "flow-1", method: "recovery", code: "k7m2-x9qp")))
        #expect(driver.state.session == Samples.session)
    }
}
