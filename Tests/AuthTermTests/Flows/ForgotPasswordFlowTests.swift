import AuthClient
import AuthModel
import Testing

@testable import AuthTerm

@Suite struct ForgotPasswordFlowTests {
    static func server(_ request: Request) -> Result<Reply, ClientError>? {
        switch request {
        case .startSignIn: .success(.signInStarted(Samples.flow))
        case .forgotPassword: .success(.accepted)
        case .resetPassword(_, "123456", _): .success(.accepted)
        case .resetPassword: .failure(Samples.serverError(.invalidCode))
        default: nil
        }
    }

    /// From the password screen, "Forgot Password?", then Send code for the address.
    static func atResetScreen() -> FlowDriver {
        var driver = FlowDriver(api: server)
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.press(.tab, .enter)  // Forgot Password?
        driver.press(.enter)  // the address is filled in
        return driver
    }

    @Test func sendsTheCodeAndSaysSoWithoutTellingWhetherTheAddressExists() {
        let driver = Self.atResetScreen()
        #expect(driver.sent.last == .forgotPassword(email: "ada@example.com"))
        #expect(driver.state.screen == .resetPassword(ResetPasswordScreen(email: "ada@example.com")))
        #expect(driver.state.message?.text == "If the address is registered, we sent a code to it.")
    }

    @Test func mismatchedPasswordsAreCaughtLocally() {
        var driver = Self.atResetScreen()
        driver.type("123456")
        driver.press(.tab)
        driver.type("a new long password")
        driver.press(.tab)
        driver.type("a new long passw0rd")
        driver.press(.enter)
        #expect(driver.sent.last == .forgotPassword(email: "ada@example.com"))
        #expect(driver.state.message?.text == "The two passwords do not match.")
    }

    @Test func aShortPasswordIsCaughtLocally() {
        var driver = Self.atResetScreen()
        driver.type("123456")
        driver.press(.tab)
        driver.type("short")
        driver.press(.tab)
        driver.type("short")
        driver.press(.enter)
        #expect(driver.state.message?.text == "The new password needs at least 12 characters.")
    }

    @Test func resetLeadsBackToSignIn() {
        var driver = Self.atResetScreen()
        driver.type("123456")
        driver.press(.tab)
        driver.type("a new long password")
        driver.press(.tab)
        driver.type("a new long password")
        driver.press(.enter)
        #expect(driver.sent.last == .resetPassword(email: "ada@example.com", code: "123456", newPassword: "a new long password"))
        #expect(driver.state.screen == .email(EmailScreen(email: "ada@example.com")))
        #expect(driver.state.message?.kind == .success)
    }

    @Test func aWrongCodeIsExplained() {
        var driver = Self.atResetScreen()
        driver.type("999999")
        driver.press(.tab)
        driver.type("a new long password")
        driver.press(.tab)
        driver.type("a new long password")
        driver.press(.enter)
        #expect(driver.state.message?.text == "That code is not correct.")
        #expect(driver.state.screen != .email(EmailScreen(email: "ada@example.com")))
    }
}
