/// Checks a password for an e-mail — registered or not, with the same answer and similar timing —
/// under the lockout and address limits.
struct PasswordCheck: Sendable {
    let services: Services

    /// The account when the password is right; otherwise `invalid_credentials` (or `locked`).
    func verify(_ password: String, email: String, user: UserRecord?, origin: ClientOrigin) async throws -> UserRecord {
        let attempts = services.attempts
        try await attempts.ensureAllowed(email: email, origin: origin)
        let hasher = services.hasher
        let matches = try await BlockingWork.run {
            guard let user else {
                hasher.burnEquivalentTime(password)
                return false
            }
            return hasher.verify(password, against: user.passwordHash)
        }
        guard let user, matches else {
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
    func withNewPassword(_ user: UserRecord, _ password: String) async throws -> UserRecord {
        var user = user
        user.passwordHash = try await hash(password)
        user.passwordChangedAt = services.clock.now
        return user
    }

    /// The Argon2id hash of `password`, computed off the request threads.
    func hash(_ password: String) async throws -> String {
        let hasher = services.hasher
        return try await BlockingWork.run { try hasher.hash(password) }
    }

    private func rehashedIfNeeded(_ user: UserRecord, password: String) async throws -> UserRecord {
        guard services.hasher.needsRehash(user.passwordHash) else { return user }
        var user = user
        user.passwordHash = try await hash(password)
        try await services.store.updateUser(user)
        return user
    }
}
