/// The help of each screen (F1 or ?), with the troubleshooting every screen shares.
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
        case .mfa: "Help: Multifactor Authentication (FAQ)"
        case .mfaSetup: "Help: setting up an authenticator"
        }
    }

    public var text: String {
        body + "\n\n" + Self.keys
    }

    private var body: String {
        switch self {
        case .signIn:
            """
            Enter the e-mail address of your account, then your password. Tick "Automatically sign in \
            next time" to skip signing in on this computer; you will have to sign in again after 14 days \
            without using it. Forgot your password? Choose "Forgot Password?" to get a reset code by mail.
            """
        case .verificationCode:
            """
            Open your authenticator app and type the 6-digit code shown for this account; it changes every \
            30 seconds. Rejected? Check that your phone's clock is set automatically. Lost the phone? Choose \
            another method: a second authenticator, SMS, or one of your recovery codes. Without any, use \
            Forgot Password: the reset clears your MFA settings.
            """
        case .forgotPassword:
            """
            We send a code to the address if it belongs to an account. The code works once, for 15 minutes. \
            By the service's policy a reset also clears your MFA methods: you set MFA up again after \
            signing in.
            """
        case .setupRequired:
            """
            Your MFA methods were cleared by a password reset while MFA stays enabled. Register an \
            authenticator app again to use your account.
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
            disabled. Can't sign in after enabling? Use another method or a recovery code. Lost or \
            replaced your phone? Replacing or wiping it loses the app's codes: use Replace on the new \
            phone while you still can, or sign in with a second method or a recovery code; with none, \
            Forgot Password resets the password and clears your MFA, then you set it up again.
            """
        case .mfaSetup:
            """
            Install Google Authenticator, Microsoft Authenticator or Twilio Authy (iOS, Android). Scan \
            the code, or type the key (k shows the key only; c copies it to your clipboard over OSC 52). \
            Code rejected? Set the phone's clock to automatic and wait for the next code.
            """
        }
    }

    private static let keys = """
        Keys: Tab / Shift-Tab move between fields, Enter confirms, Esc goes back or cancels a request, \
        F1 or ? shows help, Ctrl-C quits.
        """
}
