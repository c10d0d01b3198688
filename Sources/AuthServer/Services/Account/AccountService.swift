import AuthModel
import Foundation

/// The signed-in account: what it shows, its own settings, proving presence again, and changing the password.
struct AccountService: Sendable {
    let services: Services

    func account(_ current: AuthenticatedSession) async throws -> Account {
        let user = current.user
        return Account(
            email: user.email, displayName: user.displayName, mfa: MFAService.status(of: user, current.mfa),
            createdAt: user.createdAt, passwordChangedAt: user.passwordChangedAt,
            reauthenticatedUntil: current.reauthenticatedUntil(
                window: services.configuration.reauthenticationWindow, now: services.clock.now),
            language: user.language)
    }

    /// Changes the account's own settings (the language of its mail) and answers with the account.
    func update(_ request: UpdateAccountRequest, _ current: AuthenticatedSession, origin: ClientOrigin)
        async throws -> Account
    {
        var changed = current
        if let language = request.language, language != current.user.language {
            let event = services.audit.event(.languageChanged, user: current.user, origin: origin, detail: language.rawValue)
            guard try await services.store.setLanguage(userID: current.user.id, language, audit: event) else {
                throw APIError(.unauthenticated, "Sign in first.")
            }
            changed.user.language = language
        }
        return try await account(changed)
    }

    /// Proves the password (and, with MFA on and a method registered, a code) again for sensitive
    /// actions. Each is an attempt of its own kind: a right password does not clear wrong codes.
    func reauthenticate(_ request: ReauthenticateRequest, _ current: AuthenticatedSession, origin: ClientOrigin)
        async throws -> ReauthenticateResponse
    {
        let user = try await services.passwords.verify(
            request.password, email: current.user.email, user: current.user, origin: origin)
        if user.mfaEnabled, !current.mfa.methods.isEmpty {
            guard let method = request.method, let code = request.code else {
                throw APIError(.invalidCode, "Enter a verification code as well.")
            }
            try await services.secondFactor.verifyCounted(code: code, methodID: method, user: user, origin: origin)
        }
        let until = try await services.sessions.markAuthenticated(current, origin: origin)
        return ReauthenticateResponse(reauthenticatedUntil: until)
    }

    /// Texts a code to one of the account's phones for `reauthenticate`, so that an account whose
    /// only methods are phones can confirm it is the owner outside sign-in. It has a budget of its own.
    func sendReauthenticationCode(_ request: SendCodeRequest, _ current: AuthenticatedSession, origin: ClientOrigin)
        async throws
    {
        try await services.mfa.sendSMSCode(
            toMethod: request.method, of: current.user, origin: origin, for: .reauthenticationSMS)
    }

    /// Sets a new password and signs out every other session.
    func changePassword(_ request: ChangePasswordRequest, _ current: AuthenticatedSession, origin: ClientOrigin)
        async throws
    {
        try services.sessions.requireRecentAuthentication(current)
        let passwords = services.passwords
        try passwords.ensureAcceptable(request.newPassword, email: current.user.email)
        let user = try await passwords.verify(
            request.currentPassword, email: current.user.email, user: current.user, origin: origin)
        try await services.store.setPassword(
            userID: user.id, hash: try await passwords.hash(request.newPassword), at: services.clock.now,
            keepingSession: current.session.id, clearingMFA: false,
            audit: services.audit.event(.passwordChanged, user: user, origin: origin))
        services.notifier.mail(.passwordChanged, to: user)
    }
}
