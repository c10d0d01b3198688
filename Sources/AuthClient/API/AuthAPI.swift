import AuthModel
import FoundationEssentials

/// The pure request layer: one method per operation of `docs/openapi.yaml`, each returning an
/// `APICall` that knows its request and its response type. Nothing here touches the network.
///
/// Operations that need a session take its token as `sessionToken`.
public struct AuthAPI: Sendable {
    /// The server's base URL without a trailing slash, e.g. `https://auth.example.com`.
    public let server: String

    public init(server: String) {
        var base = server.trimmed
        while base.hasSuffix("/") { base.removeLast() }
        self.server = base
    }

    // MARK: Sign-in

    public func startSignIn(email: String) -> APICall<StartSignInResponse> {
        call(.startSignIn, body: StartSignInRequest(email: email))
    }

    public func submitPassword(flow: String, password: String, remember: Bool) -> APICall<SignInProgress> {
        call(.submitPassword, ["flow": flow], body: SubmitPasswordRequest(password: password, remember: remember))
    }

    public func sendSignInCode(flow: String, method: String) -> APICall<Void> {
        call(.sendSignInCode, ["flow": flow], body: SendCodeRequest(method: method))
    }

    /// `method` is a method id, or `SubmitCodeRequest.recoveryMethod` for a recovery code.
    public func submitCode(flow: String, method: String, code: String) -> APICall<SignInProgress> {
        call(.submitCode, ["flow": flow], body: SubmitCodeRequest(method: method, code: code))
    }

    // MARK: Sessions

    public func resumeSession(rememberToken: String) -> APICall<SessionResponse> {
        call(.resumeSession, body: ResumeSessionRequest(rememberToken: rememberToken))
    }

    public func signOut(sessionToken: String) -> APICall<Void> {
        call(.signOut, sessionToken: sessionToken)
    }

    public func listSessions(sessionToken: String) -> APICall<SessionList> {
        call(.listSessions, sessionToken: sessionToken)
    }

    public func revokeSession(id: String, sessionToken: String) -> APICall<Void> {
        call(.revokeSession, ["id": id], sessionToken: sessionToken)
    }

    public func endOtherSessions(sessionToken: String) -> APICall<Void> {
        call(.endOtherSessions, sessionToken: sessionToken)
    }

    // MARK: Account

    public func getAccount(sessionToken: String) -> APICall<Account> {
        call(.getAccount, sessionToken: sessionToken)
    }

    public func updateAccount(language: Language, sessionToken: String) -> APICall<Account> {
        call(.updateAccount, body: UpdateAccountRequest(language: language), sessionToken: sessionToken)
    }

    public func reauthenticate(
        password: String, method: String? = nil, code: String? = nil, sessionToken: String
    ) -> APICall<ReauthenticateResponse> {
        call(.reauthenticate, body: ReauthenticateRequest(password: password, method: method, code: code),
             sessionToken: sessionToken)
    }

    /// Texts a code to the phone method `method`, for `reauthenticate`.
    public func sendReauthenticationCode(method: String, sessionToken: String) -> APICall<Void> {
        call(.sendReauthenticationCode, body: SendCodeRequest(method: method), sessionToken: sessionToken)
    }

    public func changePassword(currentPassword: String, newPassword: String, sessionToken: String) -> APICall<Void> {
        call(.changePassword, body: ChangePasswordRequest(currentPassword: currentPassword, newPassword: newPassword),
             sessionToken: sessionToken)
    }

    // MARK: MFA

    public func startTotpSetup(label: String, sessionToken: String) -> APICall<TotpSetup> {
        call(.startTotpSetup, body: StartTotpSetupRequest(label: label), sessionToken: sessionToken)
    }

    public func verifyTotpSetup(setup: String, code: String, sessionToken: String) -> APICall<MethodResponse> {
        call(.verifyTotpSetup, ["setup": setup], body: VerifySetupRequest(code: code), sessionToken: sessionToken)
    }

    public func startPhoneSetup(phone: String, label: String, sessionToken: String) -> APICall<PhoneSetup> {
        call(.startPhoneSetup, body: StartPhoneSetupRequest(phone: phone, label: label), sessionToken: sessionToken)
    }

    public func verifyPhoneSetup(setup: String, code: String, sessionToken: String) -> APICall<MethodResponse> {
        call(.verifyPhoneSetup, ["setup": setup], body: VerifySetupRequest(code: code), sessionToken: sessionToken)
    }

    public func enableMfa(sessionToken: String) -> APICall<MFAStatusResponse> {
        call(.enableMfa, sessionToken: sessionToken)
    }

    public func renameMfaMethod(id: String, label: String, sessionToken: String) -> APICall<MethodResponse> {
        call(.renameMfaMethod, ["id": id], body: RenameMethodRequest(label: label), sessionToken: sessionToken)
    }

    public func removeMfaMethod(id: String, sessionToken: String) -> APICall<Void> {
        call(.removeMfaMethod, ["id": id], sessionToken: sessionToken)
    }

    public func generateRecoveryCodes(sessionToken: String) -> APICall<RecoveryCodes> {
        call(.generateRecoveryCodes, sessionToken: sessionToken)
    }

    // MARK: Password

    public func forgotPassword(email: String) -> APICall<Void> {
        call(.forgotPassword, body: ForgotPasswordRequest(email: email))
    }

    public func resetPassword(email: String, code: String, newPassword: String) -> APICall<Void> {
        call(.resetPassword, body: ResetPasswordRequest(email: email, code: code, newPassword: newPassword))
    }

    // MARK: Meta

    public func getService() -> APICall<ServiceInfo> {
        call(.getService)
    }

    public func health() -> APICall<HealthResponse> {
        call(.health)
    }

    public func readiness() -> APICall<HealthResponse> {
        call(.readiness)
    }
}
