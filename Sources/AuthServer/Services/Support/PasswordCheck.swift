/// Checks a password for an e-mail — registered or not, with the same answer and similar timing —
/// under the lockout and address limits.
struct PasswordCheck: Sendable {
    let services: Services

    /// The account when the password is right; otherwise `invalid_credentials` (or `locked`).
    func verify(_ password: String, email: String, user: UserRecord?, origin: ClientOrigin) async throws -> UserRecord {
        let attempts = services.attempts
        try await attempts.ensureAllowed(email: email, origin: origin)
        guard let user, services.hasher.verify(password, against: user.passwordHash) else {
            if user == nil { services.hasher.burnEquivalentTime(password) }
            try await services.audit.record(.signInFailed, user: user, email: email, origin: origin)
            try await attempts.fail(.invalidCredentials, email: email, user: user, origin: origin)
        }
        try await attempts.succeed(email: email)
        return try await rehashedIfNeeded(user, password: password)
    }

    /// Checks a new password against the policy; `weak_password` says why it is refused.
    func ensureAcceptable(_ password: String, email: String) throws {
        if let violation = services.passwordPolicy.violation(of: password, email: email) {
            throw APIError(.weakPassword, violation)
        }
    }

    /// The account with `password` hashed anew and the change time set.
    func withNewPassword(_ user: UserRecord, _ password: String) throws -> UserRecord {
        var user = user
        user.passwordHash = try services.hasher.hash(password)
        user.passwordChangedAt = services.clock.now
        return user
    }

    private func rehashedIfNeeded(_ user: UserRecord, password: String) async throws -> UserRecord {
        guard services.hasher.needsRehash(user.passwordHash) else { return user }
        var user = user
        user.passwordHash = try services.hasher.hash(password)
        try await services.store.updateUser(user)
        return user
    }
}
