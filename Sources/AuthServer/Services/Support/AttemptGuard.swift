import AuthModel
import Foundation

/// Attempts at a secret, counted per account and kind of secret and per client: each attempt is
/// reserved in the store before it is judged, so attempts that arrive together are judged no more
/// often than one by one would be.
struct AttemptGuard: Sendable {
    let services: Services

    /// The failures that a judged attempt ends in; anything else was not a judgment.
    static let judgedFailures: Set<ErrorCode> = [.invalidCredentials, .invalidCode, .codeReused, .codeExpired]

    /// Reserves an attempt at a secret of `kind` for the account of `email` and for the client, then
    /// runs `judge`. A success clears the account's failures of this kind. A judged failure is audited
    /// as `failure` and stays counted: it is rethrown with the attempts left, or as `locked` when it
    /// was the last one (the owner gets a notice at the first lockout). Anything else gives the
    /// reservations back.
    func judge<T: Sendable>(
        _ kind: SecretKind, email: String, user: UserRecord?, origin: ClientOrigin, failure: AuditEvent.Kind,
        detail: String? = nil, _ judge: () async throws -> T
    ) async throws -> T {
        let throttle = services.throttle
        let limit = services.configuration.addressFailureLimit
        let addressKey = ThrottleKey.addressFailures(origin)
        let accountKey = ThrottleKey.failures(kind, email)
        let window = try await throttle.reserve(limit, addressKey)
        let reservation: LockoutRule.Reservation
        do {
            reservation = try await throttle.reserveAttempt(accountKey)
        } catch {
            try await throttle.release(limit, addressKey, windowStart: window)
            throw error
        }
        do {
            let value = try await judge()
            try await throttle.clear(accountKey)
            try await throttle.release(limit, addressKey, windowStart: window)
            return value
        } catch var error as APIError where Self.judgedFailures.contains(error.code) {
            try await services.audit.record(failure, user: user, email: email, origin: origin, detail: detail)
            services.metrics.failedAttempt(kind)
            guard let lock = reservation.lock else {
                error.attemptsLeft = reservation.attemptsLeft
                throw error
            }
            try await services.audit.record(.lockout, user: user, email: email, origin: origin, detail: kind.rawValue)
            services.metrics.lockout(kind)
            if lock.ordinal == 1, let user { notifyLockout(user, kind: kind, until: lock.until) }
            throw Throttle.locked(until: lock.until, now: services.clock.now)
        } catch {
            try await throttle.releaseAttempt(accountKey, reservation)
            try await throttle.release(limit, addressKey, windowStart: window)
            throw error
        }
    }

    private func notifyLockout(_ user: UserRecord, kind: SecretKind, until: Date) {
        let minutes = max(1, Int((until.timeIntervalSince(services.clock.now) / 60).rounded(.up)))
        services.notifier.mail(
            .locked(kind, failures: services.configuration.lockoutThreshold, minutes: minutes), to: user)
    }
}
