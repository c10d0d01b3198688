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
    /// Sets the language of the account (its mail), to the one shown or another one chosen.
    case updateAccount(language: Language)
    case startTotpSetup(label: String)
    case verifyTotpSetup(setup: String, code: String)
    case startPhoneSetup(phone: String, label: String)
    case verifyPhoneSetup(setup: String, code: String)
    case enableMfa
    case renameMfaMethod(id: String, label: String)
    case removeMfaMethod(id: String)
    case generateRecoveryCodes

    /// What the spinner says while the request runs.
    var waitingLabel: TextKey {
        switch self {
        case .startSignIn, .reauthenticate: .waitingChecking
        case .submitPassword, .submitCode: .waitingSigningIn
        case .sendSignInCode, .sendReauthenticationCode, .startPhoneSetup: .waitingSendingCode
        case .resumeSession: .waitingResuming
        case .getAccount, .loadAccount: .waitingLoadingAccount
        case .signOut: .waitingSigningOut
        case .forgotPassword: .waitingSendingResetCode
        case .resetPassword: .waitingSettingPassword
        case .listSessions: .waitingLoadingSessions
        case .endOtherSessions: .waitingEndingSessions
        case .changePassword: .waitingChangingPassword
        case .updateAccount: .waitingSavingLanguage
        case .startTotpSetup: .waitingPreparingCode
        case .verifyTotpSetup, .verifyPhoneSetup: .waitingVerifying
        case .enableMfa: .waitingEnablingMFA
        case .renameMfaMethod: .waitingRenaming
        case .removeMfaMethod: .waitingRemoving
        case .generateRecoveryCodes: .waitingGenerating
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
