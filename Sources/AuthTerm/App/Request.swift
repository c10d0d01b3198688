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
    /// `getAccount`, to show `page` with what it answers.
    case loadAccount(AccountPage)
    case listSessions
    case endOtherSessions
    case reauthenticate(password: String, method: String?, code: String?)
    /// Texts a code to a phone method of the account, for `reauthenticate`.
    case sendReauthenticationCode(method: String)
    case changePassword(currentPassword: String, newPassword: String)
    case startTotpSetup(label: String)
    case verifyTotpSetup(setup: String, code: String)
    case startPhoneSetup(phone: String, label: String)
    case verifyPhoneSetup(setup: String, code: String)
    case enableMfa
    case renameMfaMethod(id: String, label: String)
    case removeMfaMethod(id: String)
    case generateRecoveryCodes

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
        case .loadAccount: "Loading your account…"
        case .listSessions: "Loading your sessions…"
        case .endOtherSessions: "Signing out the other sessions…"
        case .reauthenticate: "Checking…"
        case .sendReauthenticationCode: "Sending a code…"
        case .changePassword: "Changing the password…"
        case .startTotpSetup: "Preparing the registration code…"
        case .verifyTotpSetup, .verifyPhoneSetup: "Verifying…"
        case .startPhoneSetup: "Sending a code…"
        case .enableMfa: "Enabling MFA…"
        case .renameMfaMethod: "Renaming…"
        case .removeMfaMethod: "Removing…"
        case .generateRecoveryCodes: "Generating recovery codes…"
        }
    }
}

/// A successful answer to a `Request`.
public enum Reply: Equatable, Sendable {
    case signInStarted(StartSignInResponse)
    case signInProgress(SignInProgress)
    case resumed(Session)
    case account(Account)
    /// An operation without a body answered 2xx (sign-out, send a code, forgot and reset password,
    /// end the other sessions, change the password, remove a method).
    case accepted
    case sessions([SessionInfo])
    case reauthenticated
    case totpSetup(TotpSetup)
    case phoneSetup(PhoneSetup)
    /// A method was registered or renamed.
    case method(MFAMethod)
    case mfaStatus(MFAStatus)
    case recoveryCodes(RecoveryCodes)
}
