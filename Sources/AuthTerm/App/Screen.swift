import TerminalUI

/// The screen the app shows, with its own state.
public enum Screen: Equatable, Sendable {
    case resuming(ResumingScreen)
    case email(EmailScreen)
    case password(PasswordScreen)
    case code(CodeScreen)
    case setupRequired(SetupRequiredScreen)
    case home(HomeScreen)
    case account(AccountScreen)
    case forgotPassword(ForgotPasswordScreen)
    case resetPassword(ResetPasswordScreen)

    var content: any ScreenContent {
        switch self {
        case .resuming(let screen): screen
        case .email(let screen): screen
        case .password(let screen): screen
        case .code(let screen): screen
        case .setupRequired(let screen): screen
        case .home(let screen): screen
        case .account(let screen): screen
        case .forgotPassword(let screen): screen
        case .resetPassword(let screen): screen
        }
    }

    /// Whether a session is open on this screen (the avatar menu is offered).
    var isSignedIn: Bool {
        switch self {
        case .home, .account: true
        default: false
        }
    }
}


/// Something drawn over the screen that takes the keys until it closes.
public enum Overlay: Equatable, Sendable {
    case help(HelpTopic)
    case avatarMenu(MenuState)
    /// A request failed for a reason a retry may fix (network, TLS, server trouble).
    case failure(message: String, retry: Request, ConfirmState)
    /// The demo server's outbox.
    case mailbox(MailboxState)

    static let avatarMenuItems = [
        MenuItem("Account Settings", hotkey: "a"), MenuItem("Help", hotkey: "h"), MenuItem("Sign out", hotkey: "s"),
    ]
}
