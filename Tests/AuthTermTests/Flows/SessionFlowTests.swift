@testable import AuthClient
import AuthModel
import Testing

@testable import AuthTerm

@Suite struct SessionFlowTests {
    @Test func aRememberedSessionIsResumedAndRotated() {
        let rotated = Session(token: "s2", expiresAt: Samples.date, rememberToken: "remember-3", rememberExpiresAt: Samples.date)
        let driver = FlowDriver(rememberToken: "remember-2") { request in
            switch request {
            case .resumeSession("remember-2"): .success(.resumed(rotated))
            case .getAccount: .success(.account(Samples.account))
            default: nil
            }
        }
        #expect(driver.sent == [.resumeSession(rememberToken: "remember-2"), .getAccount])
        #expect(driver.effects == [.rememberSession(token: "remember-3", expiresAt: Samples.date)])
        #expect(driver.state.screen == .home(HomeScreen(account: Samples.account)))
    }

    @Test func anExpiredRememberedSessionAsksToSignInAgain() {
        let driver = FlowDriver(rememberToken: "old") { _ in .failure(Samples.serverError(.sessionExpired)) }
        #expect(driver.effects == [.forgetSession])
        #expect(driver.state.screen == .email(EmailScreen()))
        #expect(driver.state.message?.text == "Please sign in again.")
        #expect(driver.screenText.contains("Please sign in again."))
    }

    @Test func escCancelsTheRequestInFlight() {
        var driver = FlowDriver { _ in nil }
        driver.type("ada@example.com")
        driver.press(.enter)
        #expect(driver.state.inFlight == .startSignIn(email: "ada@example.com"))
        #expect(driver.screenText.contains("Checking…"))
        driver.type("x")  // ignored while waiting
        driver.press(.escape)
        #expect(driver.effects == [.cancelRequest])
        driver.send(.replied(.failure(.cancelled)))
        #expect(driver.state.inFlight == nil)
        #expect(driver.state.screen == .email(EmailScreen(email: "ada@example.com")))
        #expect(driver.state.message?.text == "Cancelled.")
    }

    @Test func networkErrorsOfferRetry() {
        var offline = true
        var driver = FlowDriver { request in
            if offline { return .failure(.connectionRefused(host: "auth.example.com")) }
            return .success(.signInStarted(Samples.flow))
        }
        driver.type("ada@example.com")
        driver.press(.enter)
        guard case .failure(let text, let retry, _) = driver.state.overlay else { Issue.record("no retry dialog"); return }
        #expect(text.contains("refused the connection"))
        #expect(retry == .startSignIn(email: "ada@example.com"))
        #expect(driver.screenText.contains("Retry"))
        offline = false
        driver.api = { _ in .success(.signInStarted(Samples.flow)) }
        driver.press(.enter)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.screen == .password(PasswordScreen(email: "ada@example.com", flow: "flow-1")))
    }

    @Test func avatarMenuSignsOut() {
        var driver = FlowDriver { request in
            switch request {
            case .startSignIn: .success(.signInStarted(Samples.flow))
            case .submitPassword: .success(.signInProgress(SignInProgress(next: .done, session: Samples.session)))
            case .getAccount: .success(.account(Samples.account))
            case .signOut: .success(.accepted)
            default: nil
            }
        }
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("correct horse battery")
        driver.press(.enter)
        driver.press(.function(2))
        #expect(driver.screenText.contains("Avatar Menu"))
        driver.press(.character("s"))
        #expect(driver.effects == [.forgetSession])
        #expect(driver.sent.last == .signOut)
        #expect(driver.state.screen == .email(EmailScreen(email: "ada@example.com")))
        #expect(driver.state.session == nil)
        #expect(driver.state.message?.text == "You have signed out.")
    }

    @Test func avatarMenuOpensAccountSettings() {
        var driver = FlowDriver { request in
            if case .resumeSession = request { return .success(.resumed(Samples.session)) }
            return .success(.account(Samples.account))
        }
        driver = FlowDriver(rememberToken: "r", api: driver.api)
        driver.press(.function(2), .enter)
        #expect(driver.state.screen == .account(AccountScreen(account: Samples.account, text: Catalog(.en))))
        driver.press(.escape)
        #expect(driver.state.screen == .home(HomeScreen(account: Samples.account)))
    }

    /// Hotkeys typed quickly (or batched by a slow SSH link) arrive together, as a paste.
    @Test func hotkeysThatArriveTogetherAreKeysOneAfterAnother() {
        var driver = FlowDriver(rememberToken: "r") { request in
            if case .resumeSession = request { return .success(.resumed(Samples.session)) }
            return .success(.account(Samples.account))
        }
        driver.press(.function(2))
        driver.paste("am")
        guard case .mfa = driver.state.screen else {
            Issue.record("not on the MFA screen: \(driver.state.screen)")
            return
        }
        driver.press(.character("s"))
        driver.paste("My phone")  // the wizard's name field takes text
        guard case .totpSetup(let wizard) = driver.state.screen else { Issue.record("not in the wizard"); return }
        #expect(wizard.label.text == "Authenticator appMy phone")
    }

    @Test func helpOpensWithF1AndQuestionMarkAndClosesWithEsc() {
        var driver = FlowDriver { _ in nil }
        driver.press(.function(1))
        #expect(driver.state.overlay == .help(HelpState(.signIn)))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        driver.type("?")  // typed into the e-mail field, which has the focus
        #expect(driver.state.overlay == nil)
        driver.press(.tab)  // Next
        driver.type("?")
        #expect(driver.state.overlay == .help(HelpState(.signIn)))
    }

    /// A client left open past the access session's 12 hours: a remembered session renews itself
    /// with the remember token, without a word, and the request goes again. The token comes from
    /// the file, where another authterm may have renewed it since.
    @Test func anEndedSessionIsRenewedWithTheRememberTokenWithoutAWord() {
        let renewed = Session(token: "s3", expiresAt: Samples.date, rememberToken: "remember-4", rememberExpiresAt: Samples.date)
        var resumed = false
        var driver = Self.rememberedOnAccountSettings { request in
            switch request {
            case .loadAccount(.mfa) where !resumed: return .failure(Samples.serverError(.sessionExpired))
            case .resumeSession("remember-3"):
                resumed = true
                return .success(.resumed(renewed))
            default: return nil
            }
        }
        driver.rememberedFile = "remember-3"
        driver.press(.character("m"))
        #expect(driver.sent == [.loadAccount(.mfa), .resumeSession(rememberToken: "remember-3"), .loadAccount(.mfa)])
        #expect(driver.effects == [.rememberSession(token: "remember-4", expiresAt: Samples.date)])
        #expect(driver.state.session == renewed)
        driver.send(.replied(.success(.account(Samples.account))))
        guard case .mfa = driver.state.screen else { Issue.record("the request was not carried out"); return }
        #expect(driver.state.message == nil, "nothing to say")
        #expect(driver.state.renewal == nil)
    }

    /// No token left, or one the server refuses: sign in again, the e-mail address filled in.
    @Test(arguments: [nil, "remember-3"] as [String?])
    func anEndedSessionThatCannotBeRenewedAsksToSignInWithTheAddress(file: String?) {
        var driver = Self.rememberedOnAccountSettings { _ in .failure(Samples.serverError(.sessionExpired)) }
        driver.rememberedFile = file
        driver.press(.character("m"))
        #expect(driver.state.screen == .email(EmailScreen(email: "ada@example.com")))
        #expect(driver.state.message?.text == "Please sign in again.")
        #expect(driver.effects == [.forgetSession])
        #expect(driver.sent.count == (file == nil ? 1 : 2))
    }

    /// A renewed session that ends at once is not renewed again and again.
    @Test func aRenewedSessionThatEndsAgainAsksToSignIn() {
        let renewed = Session(token: "s3", expiresAt: Samples.date, rememberToken: "remember-4", rememberExpiresAt: Samples.date)
        var driver = Self.rememberedOnAccountSettings { request in
            request == .resumeSession(rememberToken: "remember-3") ? .success(.resumed(renewed))
                : .failure(Samples.serverError(.unauthenticated))
        }
        driver.rememberedFile = "remember-3"
        driver.press(.character("m"))
        #expect(driver.sent == [.loadAccount(.mfa), .resumeSession(rememberToken: "remember-3"), .loadAccount(.mfa)])
        #expect(driver.state.screen == .email(EmailScreen(email: "ada@example.com")))
        #expect(driver.effects.last == .forgetSession)
    }

    /// Without "Automatically sign in" there is nothing to renew with.
    @Test func anEndedSessionThatWasNotRememberedAsksToSignInWithTheAddress() {
        var driver = Self.rememberedOnAccountSettings { _ in .failure(Samples.serverError(.sessionExpired)) }
        driver.state.session = Samples.session
        driver.rememberedFile = "someone-else's"
        driver.press(.character("m"))
        #expect(driver.sent == [.loadAccount(.mfa)])
        #expect(driver.state.screen == .email(EmailScreen(email: "ada@example.com")))
    }

    @Test func aRememberedSessionFileThatCannotBeWrittenIsANoticeNotAStop() {
        var driver = Self.rememberedOnAccountSettings { _ in nil }
        let failure = SessionStoreError(path: "/home/ada/.local/state/authterm/x", reason: "permission denied")
        driver.send(.rememberedSessionFailed(failure))
        #expect(driver.state.message
            == .notice("Could not update the remembered session at /home/ada/.local/state/authterm/x: permission denied."))
        guard case .account = driver.state.screen else { Issue.record("left the screen"); return }
    }

    /// Signed in with "Automatically sign in" (the remember token "remember-2"), on Account Settings.
    static func rememberedOnAccountSettings(api: @escaping ScriptedAPI) -> FlowDriver {
        var driver = FlowDriver(api: api)
        driver.state.session = Samples.rememberedSession
        driver.state.screen = .account(AccountScreen(account: Samples.account, text: Catalog(.en)))
        return driver
    }
}
