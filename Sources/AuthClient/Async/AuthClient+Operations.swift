import AuthModel

/// One `async` method per operation, each the `AuthAPI` call of the same name sent with `send`.
extension AuthClient {
    public func startSignIn(email: String) async throws(ClientError) -> StartSignInResponse {
        try await send(api.startSignIn(email: email))
    }

    public func submitPassword(flow: String, password: String, remember: Bool) async throws(ClientError)
        -> SignInProgress {
        try await send(api.submitPassword(flow: flow, password: password, remember: remember))
    }

    public func sendSignInCode(flow: String, method: String) async throws(ClientError) {
        try await send(api.sendSignInCode(flow: flow, method: method))
    }

    public func submitCode(flow: String, method: String, code: String) async throws(ClientError) -> SignInProgress {
        try await send(api.submitCode(flow: flow, method: method, code: code))
    }

    public func resumeSession(rememberToken: String) async throws(ClientError) -> SessionResponse {
        try await send(api.resumeSession(rememberToken: rememberToken))
    }

    public func signOut(sessionToken: String) async throws(ClientError) {
        try await send(api.signOut(sessionToken: sessionToken))
    }

    public func listSessions(sessionToken: String) async throws(ClientError) -> SessionList {
        try await send(api.listSessions(sessionToken: sessionToken))
    }

    public func revokeSession(id: String, sessionToken: String) async throws(ClientError) {
        try await send(api.revokeSession(id: id, sessionToken: sessionToken))
    }

    public func getAccount(sessionToken: String) async throws(ClientError) -> Account {
        try await send(api.getAccount(sessionToken: sessionToken))
    }

    public func reauthenticate(
        password: String, method: String? = nil, code: String? = nil, sessionToken: String
    ) async throws(ClientError) -> ReauthenticateResponse {
        try await send(api.reauthenticate(password: password, method: method, code: code, sessionToken: sessionToken))
    }

    public func changePassword(currentPassword: String, newPassword: String, sessionToken: String)
        async throws(ClientError) {
        try await send(api.changePassword(
            currentPassword: currentPassword, newPassword: newPassword, sessionToken: sessionToken))
    }

    public func startTotpSetup(label: String, sessionToken: String) async throws(ClientError) -> TotpSetup {
        try await send(api.startTotpSetup(label: label, sessionToken: sessionToken))
    }

    public func verifyTotpSetup(setup: String, code: String, sessionToken: String) async throws(ClientError)
        -> MethodResponse {
        try await send(api.verifyTotpSetup(setup: setup, code: code, sessionToken: sessionToken))
    }

    public func startPhoneSetup(phone: String, label: String, sessionToken: String) async throws(ClientError)
        -> PhoneSetup {
        try await send(api.startPhoneSetup(phone: phone, label: label, sessionToken: sessionToken))
    }

    public func verifyPhoneSetup(setup: String, code: String, sessionToken: String) async throws(ClientError)
        -> MethodResponse {
        try await send(api.verifyPhoneSetup(setup: setup, code: code, sessionToken: sessionToken))
    }

    public func enableMfa(sessionToken: String) async throws(ClientError) -> MFAStatusResponse {
        try await send(api.enableMfa(sessionToken: sessionToken))
    }

    public func renameMfaMethod(id: String, label: String, sessionToken: String) async throws(ClientError)
        -> MethodResponse {
        try await send(api.renameMfaMethod(id: id, label: label, sessionToken: sessionToken))
    }

    public func removeMfaMethod(id: String, sessionToken: String) async throws(ClientError) {
        try await send(api.removeMfaMethod(id: id, sessionToken: sessionToken))
    }

    public func generateRecoveryCodes(sessionToken: String) async throws(ClientError) -> RecoveryCodes {
        try await send(api.generateRecoveryCodes(sessionToken: sessionToken))
    }

    public func forgotPassword(email: String) async throws(ClientError) {
        try await send(api.forgotPassword(email: email))
    }

    public func resetPassword(email: String, code: String, newPassword: String) async throws(ClientError) {
        try await send(api.resetPassword(email: email, code: code, newPassword: newPassword))
    }

    public func health() async throws(ClientError) -> HealthResponse {
        try await send(api.health())
    }
}
