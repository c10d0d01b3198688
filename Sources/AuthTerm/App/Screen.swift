import AuthModel
import TerminalUI

/// The screen the app shows, with its own state.
public enum Screen: Equatable, Sendable {
    case resuming(ResumingScreen)
    case email(EmailScreen)
    case password(PasswordScreen)
    case code(CodeScreen)
    case home(HomeScreen)
    case account(AccountScreen)
    case forgotPassword(ForgotPasswordScreen)
    case resetPassword(ResetPasswordScreen)
    case mfa(MFAScreen)
    case totpSetup(TotpSetupScreen)
    case phoneSetup(PhoneSetupScreen)
    case activation(ActivationScreen)
    case enrollmentDone(EnrollmentDoneScreen)
    case recoveryCodes(RecoveryCodesScreen)
    case renameMethod(RenameMethodScreen)
    case sessions(SessionsScreen)
    case changePassword(ChangePasswordScreen)

    var content: any ScreenContent {
        switch self {
        case .resuming(let screen): screen
        case .email(let screen): screen
        case .password(let screen): screen
        case .code(let screen): screen
        case .home(let screen): screen
        case .account(let screen): screen
        case .forgotPassword(let screen): screen
        case .resetPassword(let screen): screen
        case .mfa(let screen): screen
        case .totpSetup(let screen): screen
        case .phoneSetup(let screen): screen
        case .activation(let screen): screen
        case .enrollmentDone(let screen): screen
        case .recoveryCodes(let screen): screen
        case .renameMethod(let screen): screen
        case .sessions(let screen): screen
        case .changePassword(let screen): screen
        }
    }

    /// Whether a session is open on this screen (the avatar menu is offered).
    var isSignedIn: Bool { signedInAccount != nil }

    /// The account of the session open on this screen; nil before sign-in and during the forced setup.
    var signedInAccount: Account? {
        switch self {
        case .home(let screen): screen.account
        case .account(let screen): screen.account
        case .mfa(let screen): screen.account
        case .totpSetup(let screen): screen.account
        case .phoneSetup(let screen): screen.account
        case .activation(let screen): screen.account
        case .enrollmentDone(let screen): screen.account
        case .recoveryCodes(let screen): screen.account
        case .renameMethod(let screen): screen.account
        case .sessions(let screen): screen.account
        case .changePassword(let screen): screen.account
        case .resuming, .email, .password, .code, .forgotPassword, .resetPassword: nil
        }
    }
}


/// Something drawn over the screen that takes the keys until it closes.
public enum Overlay: Equatable, Sendable {
    case help(HelpState)
    case avatarMenu(MenuState<AvatarMenuAction>)
    /// A request failed for a reason a retry may fix (network, TLS, server trouble).
    case failure(message: String, retry: Request, ConfirmState)
    /// The demo server's outbox.
    case mailbox(MailboxState)
    /// The server wants the password (and a code) again before `retry`.
    case reauthenticate(ReauthDialog)
    /// Enable MFA or remove a method: asked first.
    case confirmMFA(MFAConfirmation, ConfirmState)
    /// `authterm demo`: the current codes of the secrets enrolled in this run (F4).
    case demoAuthenticator
}
