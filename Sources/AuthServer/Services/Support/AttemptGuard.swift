/// Guards every place a password or code is tried: refuses while the account is locked or the
/// client address is over its limit, and counts each failure towards both.
struct AttemptGuard: Sendable {
    let services: Services

    func ensureAllowed(email: String, origin: ClientOrigin) async throws {
        let throttle = services.throttle
        try await throttle.ensureUnder(
            services.configuration.addressFailureLimit, ThrottleKey.addressFailures(origin.address))
        try await throttle.ensureUnlocked(ThrottleKey.account(email))
    }

    /// Counts a failure and throws `error` with the attempts left, or `locked` when this one locks the account.
    func fail(_ error: APIError, email: String, user: UserRecord?, origin: ClientOrigin) async throws -> Never {
        let throttle = services.throttle
        try await throttle.count(ThrottleKey.addressFailures(origin.address))
        do {
            let left = try await throttle.recordFailure(ThrottleKey.account(email))
            var error = error
            error.attemptsLeft = left
            throw error
        } catch let lock as APIError where lock.code == .locked {
            try await services.audit.record(.lockout, user: user, email: email, origin: origin)
            throw lock
        }
    }

    func succeed(email: String) async throws {
        try await services.throttle.clear(ThrottleKey.account(email))
    }
}
