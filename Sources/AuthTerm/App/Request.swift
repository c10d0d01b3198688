import AuthModel

/// A call to the API the app asks the runtime to make. Its answer comes back as a `Reply`.
public enum Request: Equatable, Sendable {
    case startSignIn(email: String)
    case submitPassword(flow: String, password: String, remember: Bool)
    case sendSignInCode(flow: String, method: String)
    case submitCode(flow: String, method: String, code: String)
    case resumeSession(rememberToken: String)
    case getAccount
    case signOut
    case forgotPassword(email: String)
    case resetPassword(email: String, code: String, newPassword: String)

    /// What the spinner says while the request runs.
    public var waitingLabel: String {
        switch self {
        case .startSignIn: "Checking…"
        case .submitPassword, .submitCode: "Signing in…"
        case .sendSignInCode: "Sending a code…"
        case .resumeSession: "Signing in automatically…"
        case .getAccount: "Loading your account…"
        case .signOut: "Signing out…"
        case .forgotPassword: "Sending a reset code…"
        case .resetPassword: "Setting the new password…"
        }
    }
}

/// A successful answer to a `Request`.
public enum Reply: Equatable, Sendable {
    case signInStarted(StartSignInResponse)
    case signInProgress(SignInProgress)
    case resumed(Session)
    case account(Account)
    /// An operation without a body answered 2xx (sign-out, send code, forgot and reset password).
    case accepted
}
