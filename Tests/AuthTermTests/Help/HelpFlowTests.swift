import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

/// Help that answers questions, in the words of the service that runs the server.
@Suite struct HelpFlowTests {
    static let university = ServiceInfo(
        issuer: "Example University", supportContact: "IT Service Desk, help@example.ac.jp",
        supportHours: "Weekdays 9:00-17:00", notices: ["Use Microsoft Authenticator on your university phone."],
        links: [ServiceLink(title: "MFA manual", url: "https://example.ac.jp/mfa")], resetPolicy: .keepMFA)

    /// A few words of each answer, to tell it on screen.
    static let answers: [HelpQuestion: String] = [
        .cannotSignIn: "choose another way under \"Other ways to verify\"",
        .newPhone: "While you still have the old phone",
        .lostPhone: "Sign in with another method",
        .deletedFromApp: "The app no longer has the codes",
        .numberChanged: "Add the new number",
        .turnOff: "No. Once enabled",
        .recoveryCodes: "Ten codes for when none of your methods",
        .whichApps: "Google Authenticator, Microsoft Authenticator and Twilio Authy",
        .codeAlwaysWrong: "The codes follow the clock",
    ]

    static func onMFA(service: ServiceInfo? = nil) -> FlowDriver {
        var driver = MFASamples.driver(on: MFASamples.account(enabled: true, methods: [MFASamples.pixel])) { _ in nil }
        if let service { driver.send(.serviceLoaded(service)) }
        return driver
    }

    @Test(arguments: HelpQuestion.allCases.enumerated().map { $0 })
    func everyQuestionOpensItsAnswer(index: Int, question: HelpQuestion) throws {
        var driver = Self.onMFA()
        driver.press(.function(1))
        #expect(driver.screenText.contains("Help: Multifactor Authentication"))
        for other in HelpQuestion.allCases { #expect(driver.screenText.contains(Catalog(.en)(other.title))) }
        for _ in 0..<index { driver.press(.down) }
        driver.press(.enter)
        let answer = try #require(Self.answers[question])
        #expect(driver.screenText.contains(Catalog(.en)(question.title)))
        #expect(ScreenText.flat(driver.screenText).contains(answer))
        #expect(driver.screenText.contains("Esc back to the questions"))
        driver.press(.escape)
        #expect(!ScreenText.flat(driver.screenText).contains(answer))
        #expect(driver.screenText.contains(Catalog(.en)(HelpQuestion.allCases[0].title)))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
    }

    @Test func aClickOpensAQuestion() {
        var driver = Self.onMFA()
        driver.press(.function(1))
        driver.click("help.8")
        guard case .help(let help) = driver.state.overlay else { Issue.record("help closed"); return }
        #expect(help.opened == .codeAlwaysWrong)
        #expect(driver.screenText.contains("Time correction for codes"))
    }

    @Test func theVerificationScreenListsTheQuestionsOfSigningIn() {
        var driver = FlowDriver { _ in nil }
        driver.state.screen = .code(CodeScreen(flow: "f", methods: [Samples.authenticator]))
        driver.press(.function(1))
        #expect(driver.screenText.contains("I lost my phone"))
        #expect(driver.screenText.contains("The code is always wrong"))
        #expect(!driver.screenText.contains("Can I turn MFA off?"))
    }

    /// The service's notices, support line and links, on the MFA screen and in help.
    @Test func theServiceSpeaksOnTheMFAScreenAndInHelp() {
        var driver = Self.onMFA(service: Self.university)
        let screen = ScreenText.flat(driver.screenText)
        #expect(screen.contains("Use Microsoft Authenticator on your university phone."))
        #expect(screen.contains("Support: IT Service Desk, help@example.ac.jp (Weekdays 9:00-17:00)"))
        #expect(!screen.contains("loses the codes"), "the app's advice gives way whole, not cut")
        driver.press(.character("s"))
        #expect(ScreenText.flat(driver.screenText).contains("Use Microsoft Authenticator on your university phone."),
                "and where an app is chosen")
        driver.press(.escape)
        driver.press(.function(1))
        let help = ScreenText.flat(driver.screenText)
        #expect(help.contains("Support: IT Service Desk, help@example.ac.jp (Weekdays 9:00-17:00)"))
        #expect(help.contains("MFA manual: https://example.ac.jp/mfa"))
        #expect(help.contains(Catalog(.en)(HelpQuestion.allCases.last!.title)), "the questions still fit at 80x24")
    }

    @Test func theSignInHelpGivesTheSupportLineAndTheLinks() {
        var driver = FlowDriver(service: Self.university) { _ in nil }
        driver.press(.function(1))
        #expect(driver.screenText.contains("Help: signing in"))
        #expect(driver.screenText.contains("Support: IT Service Desk"))
        #expect(driver.screenText.contains("MFA manual: https://example.ac.jp/mfa"))
    }

    /// What a reset does is said as the server's policy has it, and not guessed without one.
    @Test(arguments: [
        (PasswordResetPolicy?.some(.keepMFA), "A password reset keeps your MFA methods",
         "Your password was changed. Sign in with the new one; your MFA methods are kept."),
        (.some(.clearMFA), "A password reset also removes your MFA methods",
         "Your password was changed. Sign in with the new one; if you used MFA, you will set up a method again."),
        (nil, "Whether a password reset also removes your MFA methods depends on the service.",
         "Your password was changed. Sign in with the new one."),
    ])
    func theResetPolicyIsWordedAsTheServerSaysIt(policy: PasswordResetPolicy?, sentence: String, afterReset: String) {
        let service = policy.map { ServiceInfo(issuer: "authterm", resetPolicy: $0) }
        var driver = FlowDriver(service: service) { request in
            switch request {
            case .forgotPassword: .success(.accepted)
            case .resetPassword: .success(.accepted)
            default: nil
            }
        }
        driver.state.screen = .forgotPassword(ForgotPasswordScreen(email: "ada@example.com"))
        #expect(ScreenText.flat(driver.screenText).contains(sentence))
        driver.press(.enter)
        driver.type("12345-67890")
        driver.press(.tab)
        driver.type("a-brand-new-passphrase")
        driver.press(.tab)
        driver.type("a-brand-new-passphrase")
        driver.press(.enter)
        #expect(driver.state.message?.text == afterReset)
        var help = MFASamples.driver(on: MFASamples.account(enabled: true, methods: [MFASamples.pixel])) { _ in nil }
        if let service { help.send(.serviceLoaded(service)) }
        help.press(.function(1), .down, .down, .enter)
        #expect(ScreenText.flat(help.screenText).contains(sentence), "the answer to I lost my phone")
    }

    @Test func homeNudgesToSetUpMFAWhileItIsNot() {
        var driver = FlowDriver { request in request == .loadAccount(.mfa) ? .success(.account(Samples.account)) : nil }
        driver.state.session = Samples.session
        driver.state.screen = .home(HomeScreen(account: Samples.account))
        #expect(driver.screenText.contains("Your account is protected by its password alone."))
        driver.press(.enter)
        #expect(driver.sent == [.loadAccount(.mfa)])
        guard case .mfa = driver.state.screen else { Issue.record("not on the MFA screen"); return }
        let enabled = MFASamples.account(enabled: true, methods: [MFASamples.pixel])
        let home = ScreenTests.text(AppState(settings: AppSettings(server: "https://a.example"), screen: .home(HomeScreen(account: enabled))))
        #expect(!home.contains("Set up MFA"))
    }
}
