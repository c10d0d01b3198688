import AuthClient
import AuthModel
import Testing

@testable import AuthTerm

@Suite struct SignInFlowTests {
    /// A server where ada@example.com signs in with "correct horse battery" and no MFA.
    static func plainServer(_ request: Request) -> Result<Reply, ClientError>? {
        switch request {
        case .startSignIn: .success(.signInStarted(Samples.flow))
        case .submitPassword(_, "correct horse battery", let remember):
            .success(.signInProgress(SignInProgress(
                next: .done, session: remember ? Samples.rememberedSession : Samples.session)))
        case .submitPassword: .failure(Samples.serverError(.invalidCredentials, attemptsLeft: 4))
        case .getAccount: .success(.account(Samples.account))
        default: nil
        }
    }

    @Test func malformedEmailIsCaughtWithoutARequest() {
        var driver = FlowDriver(api: Self.plainServer)
        driver.type("ada.example.com")
        driver.press(.enter)
        #expect(driver.sent.isEmpty)
        #expect(driver.state.message?.text.contains("e-mail address") == true)
        guard case .email(let form) = driver.state.screen else { Issue.record("left the e-mail screen"); return }
        #expect(form.entry.isInvalid)
    }

    @Test func signsInWithAPasswordAndGoesHome() {
        var driver = FlowDriver(api: Self.plainServer)
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("correct horse battery")
        driver.press(.enter)
        #expect(driver.sent == [
            .startSignIn(email: "ada@example.com"),
            .submitPassword(flow: "flow-1", password: "correct horse battery", remember: false),
            .getAccount,
        ])
        #expect(driver.state.screen == .home(HomeScreen(account: Samples.account)))
        #expect(driver.state.session == Samples.session)
        #expect(driver.effects.isEmpty, "nothing is remembered without the box ticked")
    }

    @Test func tickingTheBoxRemembersTheSession() {
        var driver = FlowDriver(api: Self.plainServer)
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("correct horse battery")
        driver.press(.tab, .tab)  // Forgot Password?, then the checkbox
        driver.press(.character(" "))
        driver.press(.enter)  // signs in from the checkbox, leaving it ticked
        #expect(driver.sent.contains(.submitPassword(flow: "flow-1", password: "correct horse battery", remember: true)))
        #expect(driver.effects == [.rememberSession(token: "remember-2", expiresAt: Samples.date)])
    }

    @Test func wrongPasswordSaysSoWithoutSayingWhichAndClearsTheField() throws {
        var driver = FlowDriver(api: Self.plainServer)
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("wrong password here")
        driver.press(.enter)
        #expect(driver.state.message?.kind == .error)
        #expect(driver.state.message?.text == "The e-mail address or password is incorrect. 4 attempts left.")
        guard case .password(let form) = driver.state.screen else { Issue.record("left the password screen"); return }
        #expect(form.password.text.isEmpty)
    }

    @Test func lockoutSaysHowLongToWait() {
        var driver = FlowDriver { request in
            if case .startSignIn = request { return .success(.signInStarted(Samples.flow)) }
            return .failure(Samples.serverError(.locked, retryAfter: 900))
        }
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("anything at all")
        driver.press(.enter)
        #expect(driver.state.message?.text.contains("locked") == true)
        #expect(driver.state.message?.text.contains("15 minutes") == true)
    }

    @Test func changeEmailGoesBackWithTheAddress() {
        var driver = FlowDriver(api: Self.plainServer)
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.press(.escape)
        #expect(driver.state.screen == .email(EmailScreen(email: "ada@example.com")))
    }

    @Test func expiredFlowStartsAgain() {
        var driver = FlowDriver { request in
            if case .startSignIn = request { return .success(.signInStarted(Samples.flow)) }
            return .failure(Samples.serverError(.flowExpired))
        }
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("correct horse battery")
        driver.press(.enter)
        #expect(driver.state.screen == .email(EmailScreen(email: "ada@example.com")))
        #expect(driver.state.message?.text.contains("start again") == true)
    }

    @Test func forcedSetupWhenTheServerAsksForIt() {
        var driver = FlowDriver { request in
            switch request {
            case .startSignIn: .success(.signInStarted(Samples.flow))
            default: .success(.signInProgress(SignInProgress(next: .setup, session: Samples.session)))
            }
        }
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("correct horse battery")
        driver.press(.enter)
        #expect(driver.state.screen == .totpSetup(TotpSetupScreen(purpose: .forced, account: nil, qrMode: .halfBlocks, text: Catalog(.en))))
        #expect(driver.state.session == Samples.session)
        #expect(driver.screenText.contains("Your account uses multifactor authentication"), "the screen says why")
        #expect(driver.screenText.contains("Esc sign out"))
    }

    @Test func ctrlCQuitsFromAnywhere() {
        var driver = FlowDriver(api: Self.plainServer)
        driver.press(.ctrl("c"))
        #expect(driver.effects == [.quit])
    }
}
