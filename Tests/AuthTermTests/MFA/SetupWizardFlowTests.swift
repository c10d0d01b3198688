import AuthClient
import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

@Suite struct SetupWizardFlowTests {
    static let newApp = MFAMethod(id: "m-new", kind: .totp, label: "Authenticator app", createdAt: Samples.date)

    /// A server that enrolls one app: "123456" is the right code.
    static func server(_ request: Request) -> Result<Reply, ClientError>? {
        switch request {
        case .startTotpSetup: .success(.totpSetup(MFASamples.totpSetup()))
        case .verifyTotpSetup(_, "123456"): .success(.method(newApp))
        case .verifyTotpSetup: .failure(Samples.serverError(.invalidCode, attemptsLeft: 4))
        case .enableMfa: .success(.mfaStatus(MFAStatus(enabled: true, methods: [newApp], recoveryCodesRemaining: 0)))
        case .generateRecoveryCodes: .success(.recoveryCodes(RecoveryCodes(codes: ["aaaa-bbbb", "cccc-dddd"], generatedAt: Samples.date)))
        default: nil
        }
    }

    @Test func setupShowsTheQRCodeThenVerifiesAndOffersActivation() throws {
        var driver = MFASamples.driver(on: MFASamples.account(enabled: false, methods: []), api: Self.server)
        #expect(driver.screenText.contains("Not set up"))
        driver.press(.character("s"))
        guard case .totpSetup(let install) = driver.state.screen else { Issue.record("no wizard"); return }
        #expect(install.step == .install)
        #expect(driver.screenText.contains("Google Authenticator"))
        #expect(driver.screenText.contains("Twilio Authy"))
        driver.press(.enter)
        #expect(driver.sent == [.startTotpSetup(label: "Authenticator app")])
        guard case .totpSetup(let scan) = driver.state.screen else { Issue.record("no wizard"); return }
        #expect(scan.step == .scan)
        #expect(scan.qrCode == (try QRCode(encoding: MFASamples.totpSetup().otpauthUri, correction: .low)))
        let large = AppView(driver.state).rendered(size: Size(width: 120, height: 50)).textLines.joined(separator: "\n")
        #expect(large.contains("JBSW Y3DP EHPK 3PXP"))
        #expect(large.contains("▀") || large.contains("▄"))

        driver.press(.enter)
        driver.type("111111")
        driver.press(.enter)
        #expect(driver.state.message?.text == "That code is not correct. 4 attempts left.")
        guard case .totpSetup(let retry) = driver.state.screen else { Issue.record("left the wizard"); return }
        #expect(retry.step == .code)
        #expect(retry.entry.code.code.isEmpty, "the wrong code is cleared for another try")

        driver.type("123456")
        driver.press(.enter)
        #expect(driver.sent.last == .verifyTotpSetup(setup: "setup-1", code: "123456"))
        #expect(driver.state.screen == .activation(ActivationScreen(
            account: MFASamples.account(enabled: false, methods: []), method: Self.newApp)))
        let text = driver.screenText
        #expect(text.contains("MFA Confirmation and Activation"))
        #expect(text.contains("cannot be disabled"))
        #expect(text.contains("[ Add another method ]"))
        #expect(text.contains("[ Activate now ]"))
    }

    @Test func activateNowEnablesAndOffersRecoveryCodes() {
        var driver = MFASamples.driver(on: MFASamples.account(enabled: false, methods: []), api: Self.server)
        driver.state.screen = .activation(ActivationScreen(account: MFASamples.account(enabled: false, methods: []),
                                                           method: Self.newApp))
        driver.press(.tab, .enter)
        #expect(driver.sent == [.enableMfa])
        guard case .enrollmentDone(let done) = driver.state.screen else { Issue.record("not done"); return }
        #expect(done.mfaEnabled)
        #expect(driver.screenText.contains("Sign out other sessions?"))
        driver.press(.character("n"))
        #expect(driver.sent == [.enableMfa], "the other sessions are kept")
        #expect(driver.screenText.contains("[ Recovery codes ]"))
        driver.press(.enter)
        #expect(driver.screenText.contains("old codes stop working"))
        driver.press(.enter)
        #expect(driver.sent.last == .generateRecoveryCodes)
        #expect(driver.screenText.contains("aaaa-bbbb"))
        #expect(driver.screenText.contains("they are shown only"))
        driver.press(.character("c"))
        #expect(driver.effects.last == .copyToClipboard("aaaa-bbbb\ncccc-dddd"))
    }

    @Test func withASecondMethodActivationIsTheSuggestedChoice() {
        let registered = MFASamples.account(enabled: false, methods: [MFASamples.pixel])
        var driver = MFASamples.driver(on: registered, api: Self.server)
        driver.state.screen = .activation(ActivationScreen(account: registered, method: Self.newApp))
        #expect(driver.screenText.contains("You have another method registered too"))
        #expect(!driver.screenText.contains("We recommend adding a second method"))
        driver.press(.enter)
        #expect(driver.sent == [.enableMfa])
    }

    @Test func addAnotherMethodGoesBackToTheMFAScreen() {
        let registered = MFASamples.account(enabled: false, methods: [Self.newApp])
        var driver = MFASamples.driver(on: registered) { request in
            request == .loadAccount(.mfa) ? .success(.account(registered)) : nil
        }
        driver.state.screen = .activation(ActivationScreen(account: registered, method: Self.newApp))
        driver.press(.enter)
        #expect(driver.state.screen == .mfa(MFAScreen(account: registered)))
        #expect(driver.screenText.contains("Methods registered, MFA not enabled yet"))
    }

    @Test func anExpiredSetupStartsAgainCleanly() {
        var driver = MFASamples.driver(on: MFASamples.account(enabled: false, methods: [])) { request in
            switch request {
            case .startTotpSetup: .success(.totpSetup(MFASamples.totpSetup()))
            case .verifyTotpSetup: .failure(Samples.serverError(.setupExpired))
            default: nil
            }
        }
        driver.press(.character("s"), .enter, .enter)
        driver.type("123456")
        driver.press(.enter)
        guard case .totpSetup(let wizard) = driver.state.screen else { Issue.record("left the wizard"); return }
        #expect(wizard.step == .install)
        #expect(wizard.setup == nil)
        #expect(driver.state.message?.text.contains("start again") == true)
        driver.press(.enter)
        #expect(driver.sent.filter { $0 == .startTotpSetup(label: "Authenticator app") }.count == 2)
    }

    @Test func theKeyCopiesToTheClipboardAndShowsAlone() {
        var driver = MFASamples.driver(on: MFASamples.account(enabled: false, methods: []), api: Self.server)
        driver.press(.character("s"), .enter)
        driver.press(.character("c"))
        #expect(driver.effects == [.copyToClipboard(MFASamples.secret)])
        driver.press(.character("k"))
        let text = driver.screenText
        #expect(text.contains("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP"))
        #expect(text.contains("ada@example.com"))
        #expect(!text.contains("Enlarge"))
    }

    @Test func theForcedSetupAfterAResetIsTheWizard() {
        var driver = FlowDriver { request in
            switch request {
            case .startSignIn: .success(.signInStarted(Samples.flow))
            case .submitPassword: .success(.signInProgress(SignInProgress(next: .setup, session: Samples.session)))
            case .startTotpSetup: .success(.totpSetup(MFASamples.totpSetup()))
            case .verifyTotpSetup: .success(.method(Self.newApp))
            case .getAccount: .success(.account(MFASamples.account(enabled: true, methods: [Self.newApp])))
            default: nil
            }
        }
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("correct horse battery")
        driver.press(.enter)
        guard case .totpSetup(let wizard) = driver.state.screen else { Issue.record("no wizard"); return }
        #expect(wizard.purpose == .forced)
        #expect(!driver.state.screen.isSignedIn, "nothing but the setup until a method is registered")
        driver.press(.enter, .enter)
        driver.type("123456")
        driver.press(.enter)
        guard case .enrollmentDone(let done) = driver.state.screen else { Issue.record("not done"); return }
        #expect(done.mfaEnabled, "MFA stayed on through the reset: no activation step")
        driver.press(.tab, .enter)
        #expect(driver.sent.last == .getAccount)
        #expect(driver.state.screen == .home(HomeScreen(account: MFASamples.account(enabled: true, methods: [Self.newApp]))))
    }

    /// The forced setup offers a phone number as well: the link, the number, the texted code, and home.
    @Test func theForcedSetupOffersAPhoneNumber() {
        let newPhone = MFAMethod(id: "m-new-phone", kind: .sms, label: "Phone", createdAt: Samples.date, destination: "+81 •••• ••78")
        var driver = FlowDriver { request in
            switch request {
            case .startSignIn: .success(.signInStarted(Samples.flow))
            case .submitPassword: .success(.signInProgress(SignInProgress(next: .setup, session: Samples.session)))
            case .startPhoneSetup("+81312345678", "Phone"):
                .success(.phoneSetup(PhoneSetup(setup: "p-1", destination: "+81 •••• ••78", expiresAt: Samples.date)))
            case .verifyPhoneSetup("p-1", "135790"): .success(.method(newPhone))
            case .getAccount: .success(.account(MFASamples.account(enabled: true, methods: [newPhone])))
            default: nil
            }
        }
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("correct horse battery")
        driver.press(.enter)
        #expect(driver.screenText.contains("Use a phone number for SMS codes instead"))
        driver.press(.tab, .tab, .enter)
        guard case .phoneSetup(let form) = driver.state.screen else { Issue.record("no phone setup"); return }
        #expect(form.purpose == .forced)
        driver.press(.escape)
        guard case .totpSetup(let wizard) = driver.state.screen, wizard.purpose == .forced else {
            Issue.record("Esc did not go back to the choice"); return
        }
        #expect(!driver.effects.contains(.forgetSession), "going back is not signing out")
        driver.click(TotpSetupScreen.InstallControl.usePhone.hitID)
        driver.paste("+81 3-1234-5678")
        driver.press(.enter)
        #expect(driver.screenText.contains("We sent a 6-digit code by SMS to +81 •••• ••78"))
        driver.type("135790")
        driver.press(.enter)
        guard case .enrollmentDone(let done) = driver.state.screen else { Issue.record("not done"); return }
        #expect(done.purpose == .forced && done.mfaEnabled)
        driver.press(.tab, .enter)
        #expect(driver.sent.last == .getAccount)
        #expect(driver.screenText.contains("Multifactor authentication: enabled, 1 method"))
    }
}
