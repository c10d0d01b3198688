/// Checks a password for an e-mail — registered or not, with the same answer and similar timing —
/// under the lockout and address limits.
struct PasswordCheck: Sendable {
    let services: Services

    /// The account when the password is right; otherwise `invalid_credentials` (or `locked`).
    func verify(_ password: String, email: String, user: UserRecord?, origin: ClientOrigin) async throws -> UserRecord {
        let hasher = services.hasher
        let hashing = services.hashing
        let matched = try await services.attempts.judge(
            .password, email: email, user: user, origin: origin, failure: .signInFailed
        ) {
            let matches = try await hashing.run {
                guard let user else {
                    hasher.burnEquivalentTime(password)
                    return false
                }
                return hasher.verify(password, against: user.passwordHash)
            }
            guard let user, matches else { throw APIError.invalidCredentials }
            return user
        }
        return try await rehashedIfNeeded(matched, password: password)
    }

    /// Checks a new password against the policy; `weak_password` says why it is refused.
    func ensureAcceptable(_ password: String, email: String) throws {
        if let violation = services.passwordPolicy.violation(of: password, email: email) {
            throw APIError(.weakPassword, violation)
        }
    }

    /// The Argon2id hash of `password`, computed off the request threads.
    func hash(_ password: String) async throws -> String {
        let hasher = services.hasher
        return try await services.hashing.run { try hasher.hash(password) }
    }

    /// Hashes with today's parameters a password that was hashed with weaker ones — unless the hash
    /// was changed meanwhile (a reset, say), which the rehash must not undo.
    private func rehashedIfNeeded(_ user: UserRecord, password: String) async throws -> UserRecord {
        guard services.hasher.needsRehash(user.passwordHash) else { return user }
        var user = user
        let rehashed = try await hash(password)
        if try await services.store.replacePasswordHash(userID: user.id, from: user.passwordHash, to: rehashed) {
            user.passwordHash = rehashed
        }
        return user
    }
}
