/// The help of each screen (F1 or ?): a few words on the screen and, where people get stuck
/// with multifactor authentication, the questions they ask.
public enum HelpTopic: Equatable, Sendable {
    case signIn, verificationCode, forgotPassword, setupRequired, home, accountSettings, mfa, mfaSetup

    public var title: String {
        switch self {
        case .signIn: "Help: signing in"
        case .verificationCode: "Help: verification codes"
        case .forgotPassword: "Help: forgot password"
        case .setupRequired: "Help: setting up verification"
        case .home: "Help"
        case .accountSettings: "Help: Account Settings"
        case .mfa: "Help: Multifactor Authentication"
        case .mfaSetup: "Help: setting up a method"
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
        questions.isEmpty ? body(service) + "\n\n" + Self.keys : body(service)
    }

    private func body(_ service: ServiceText) -> String {
        switch self {
        case .signIn:
            """
            Enter the e-mail address of your account, then your password. Tick "Automatically sign in \
            next time" to skip signing in on this computer; you will have to sign in again after 14 days \
            without using it. Forgot your password? Choose "Forgot Password?" to get a reset code by mail.
            """
        case .verificationCode:
            """
            Type the 6-digit code your authenticator app shows for this account now, or choose another way \
            below the code. Choose a question for more.
            """
        case .forgotPassword:
            """
            We send a code to the address if it belongs to an account. The code works once, for 15 minutes. \
            \(service.resetConsequence)
            """
        case .setupRequired:
            """
            Your account uses multifactor authentication but has no method registered. Register an \
            authenticator app or a phone number to go on.
            """
        case .home:
            """
            The Avatar Menu in the lower-left corner (F2) leads to Account Settings, this help and Sign out.
            """
        case .accountSettings:
            """
            Change password: the current one, then the new one twice; your other sessions are signed out. \
            Sessions: where you are signed in; Enter signs out all the others. Sensitive changes ask for \
            your password (and a code with MFA on) again.
            """
        case .mfa:
            """
            Register more than one method: a second app or a phone number. Once enabled, MFA cannot be \
            turned off. Choose a question for more.
            """
        case .mfaSetup:
            """
            Install an authenticator app, scan the code (or type the key: k shows it alone, c copies it) \
            and enter the app's code. Can't scan? Press i to invert the code. Choose a question for more.
            """
        }
    }

    private static let keys = """
        Keys: Tab / Shift-Tab move between fields, Enter confirms, Esc goes back or cancels a request, \
        F1 or ? shows help, Ctrl-Z suspends (fg goes on), Ctrl-C quits. The mouse works too.
        """
}
