/// The help of each screen (F1 or ?): a few words on the screen and, where people get stuck
/// with multifactor authentication, the questions they ask.
public enum HelpTopic: Equatable, Sendable {
    case signIn, verificationCode, forgotPassword, setupRequired, home, accountSettings, mfa, mfaSetup

    var title: TextKey {
        switch self {
        case .signIn: .helpSignInTitle
        case .verificationCode: .helpVerificationCodeTitle
        case .forgotPassword: .helpForgotPasswordTitle
        case .setupRequired: .helpSetupRequiredTitle
        case .home: .helpHomeTitle
        case .accountSettings: .helpAccountSettingsTitle
        case .mfa: .helpMFATitle
        case .mfaSetup: .helpMFASetupTitle
        }
    }

    /// The questions the help lists, each opening its answer.
    public var questions: [HelpQuestion] {
        switch self {
        case .mfa, .mfaSetup, .setupRequired: HelpQuestion.allCases
        case .verificationCode:
            [.cannotSignIn, .lostPhone, .newPhone, .deletedFromApp, .numberChanged, .codeAlwaysWrong, .recoveryCodes]
        case .signIn, .forgotPassword, .home, .accountSettings: []
        }
    }

    /// What the help says first; the keys follow where there are no questions to list.
    func text(_ service: ServiceText) -> String {
        questions.isEmpty ? body(service) + "\n\n" + service.text(.helpKeys) : body(service)
    }

    private func body(_ service: ServiceText) -> String {
        let text = service.text
        return switch self {
        case .signIn: text(.helpSignIn)
        case .verificationCode: text(.helpVerificationCode)
        case .forgotPassword: text(.helpForgotPassword, ["reset": service.resetConsequence])
        case .setupRequired: text(.helpSetupRequired)
        case .home: text(.helpHome)
        case .accountSettings: text(.helpAccountSettings)
        case .mfa: text(.helpMFA)
        case .mfaSetup: text(.helpMFASetup)
        }
    }
}
