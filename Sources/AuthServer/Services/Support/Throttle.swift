import Foundation

/// Lockouts and rate limits, each kept in the store under a key and changed there in one step.
struct Throttle: Sendable {
    let store: any ThrottleStore
    let clock: any WallClock
    let configuration: ServerConfiguration

    var lockout: LockoutRule {
        LockoutRule(
            threshold: configuration.lockoutThreshold, baseDuration: configuration.lockoutBaseDuration,
            maxDuration: configuration.lockoutMaxDuration)
    }

    func rate(_ limit: Int) -> RateRule {
        RateRule(limit: limit, window: configuration.rateLimitWindow)
    }

    // MARK: Lockouts

    /// Reserves an attempt on `key`; throws `locked` while it is locked.
    func reserveAttempt(_ key: String) async throws -> LockoutRule.Reservation {
        let now = clock.now
        let rule = lockout
        switch try await store.updateThrottle(key: key, { rule.reserve(&$0, key: key, at: now) }) {
        case .granted(let reservation): return reservation
        case .locked(let until): throw Self.locked(until: until, now: now)
        }
    }

    /// Gives back an attempt that was not judged.
    func releaseAttempt(_ key: String, _ reservation: LockoutRule.Reservation) async throws {
        let now = clock.now
        let rule = lockout
        try await store.updateThrottle(key: key) { rule.release(&$0, reservation, at: now) }
    }

    /// Forgets the failures of `key` after a success.
    func clear(_ key: String) async throws {
        try await store.deleteThrottles(keys: [key], audit: nil)
    }

    // MARK: Rate limits

    /// Counts one use of `key`; throws `rate_limited` when the window is full. The window's start, to give the use back.
    @discardableResult
    func reserve(_ limit: Int, _ key: String) async throws -> Date {
        let now = clock.now
        let rule = rate(limit)
        switch try await store.updateThrottle(key: key, { rule.reserve(&$0, key: key, at: now) }) {
        case .granted(let windowStart): return windowStart
        case .limited(let until):
            throw APIError(.rateLimited, "Too many requests; try again later.", retryAfter: Self.seconds(from: now, to: until))
        }
    }

    /// Gives back a use counted in the window that began at `windowStart`.
    func release(_ limit: Int, _ key: String, windowStart: Date) async throws {
        let now = clock.now
        let rule = rate(limit)
        try await store.updateThrottle(key: key) { rule.release(&$0, windowStart: windowStart, at: now) }
    }

    /// Spends one use of `action` from the client's budget (and the account's, for actions that have one).
    func spend(_ action: SendAction, address origin: ClientOrigin) async throws {
        let limit = action == .signInStart ? configuration.signInStartLimit : configuration.addressSendLimit
        try await reserve(limit, ThrottleKey.sends(action, address: origin))
    }

    func spend(_ action: SendAction, account email: String) async throws {
        try await reserve(configuration.accountSendLimit, ThrottleKey.sends(action, account: email))
    }

    static func locked(until: Date, now: Date) -> APIError {
        APIError(.locked, "Too many failed attempts; try again later.", retryAfter: seconds(from: now, to: until))
    }

    private static func seconds(from now: Date, to end: Date) -> Int {
        max(1, Int(end.timeIntervalSince(now).rounded(.up)))
    }
}
