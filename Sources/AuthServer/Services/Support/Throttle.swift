import Foundation

/// Lockouts after repeated failures and rate limits over a time window, kept in the store by key.
struct Throttle: Sendable {
    let store: any ThrottleStore
    let clock: any WallClock
    let configuration: ServerConfiguration

    // MARK: Lockouts

    /// Throws `locked` while `key` is locked.
    func ensureUnlocked(_ key: String) async throws {
        let now = clock.now
        if let lockedUntil = try await store.throttle(key: key)?.lockedUntil, lockedUntil > now {
            throw Self.locked(until: lockedUntil, now: now)
        }
    }

    /// Counts a failure for `key` and returns the attempts left; throws `locked` when this failure locks it.
    /// Each further lockout lasts twice as long, up to the configured maximum.
    @discardableResult
    func recordFailure(_ key: String) async throws -> Int {
        let now = clock.now
        let configuration = configuration
        let record = try await store.updateThrottle(key: key) { old in
            var record = old ?? ThrottleRecord(key: key, windowStart: now)
            record.count += 1
            if record.count >= configuration.lockoutThreshold {
                let doubling = min(record.lockouts, 20)
                let seconds = min(configuration.lockoutBaseDuration << doubling, configuration.lockoutMaxDuration)
                record.lockedUntil = now.addingTimeInterval(TimeInterval(seconds))
                record.lockouts += 1
                record.count = 0
            }
            return record
        }
        if let lockedUntil = record?.lockedUntil, lockedUntil > now {
            throw Self.locked(until: lockedUntil, now: now)
        }
        return configuration.lockoutThreshold - (record?.count ?? 0)
    }

    /// Forgets the failures of `key` after a success.
    func clear(_ key: String) async throws {
        try await store.deleteThrottle(key: key)
    }

    // MARK: Rate limits

    /// Throws `rate_limited` when `key` was counted `limit` times in the current window.
    func ensureUnder(_ limit: Int, _ key: String) async throws {
        let now = clock.now
        guard let record = try await store.throttle(key: key), isCurrent(record, now: now) else { return }
        if record.count >= limit { throw rateLimited(record, now: now) }
    }

    /// Counts one use of `key` in the current window; throws `rate_limited` above `limit`.
    func consume(_ limit: Int, _ key: String) async throws {
        let record = try await count(key)
        if record.count > limit { throw rateLimited(record, now: clock.now) }
    }

    /// Counts one use of `key` in the current window.
    @discardableResult
    func count(_ key: String) async throws -> ThrottleRecord {
        let now = clock.now
        let record = try await store.updateThrottle(key: key) { [self] old in
            guard let old, isCurrent(old, now: now) else { return ThrottleRecord(key: key, count: 1, windowStart: now) }
            var record = old
            record.count += 1
            return record
        }
        return record ?? ThrottleRecord(key: key, count: 1, windowStart: now)
    }

    private func isCurrent(_ record: ThrottleRecord, now: Date) -> Bool {
        now.timeIntervalSince(record.windowStart) < TimeInterval(configuration.rateLimitWindow)
    }

    private func rateLimited(_ record: ThrottleRecord, now: Date) -> APIError {
        let end = record.windowStart.addingTimeInterval(TimeInterval(configuration.rateLimitWindow))
        return APIError(
            .rateLimited, "Too many requests; try again later.", retryAfter: Self.seconds(from: now, to: end))
    }

    private static func locked(until: Date, now: Date) -> APIError {
        APIError(.locked, "Too many failed attempts; try again later.", retryAfter: seconds(from: now, to: until))
    }

    private static func seconds(from now: Date, to end: Date) -> Int {
        max(1, Int(end.timeIntervalSince(now).rounded(.up)))
    }
}

/// The throttle keys, in one place.
enum ThrottleKey {
    /// Failed passwords and codes of one account (by e-mail, registered or not).
    static func account(_ email: String) -> String { "account:" + email }
    /// Failed passwords and codes from one client address.
    static func addressFailures(_ address: String?) -> String { "address-failures:" + (address ?? "-") }
    /// Mails and SMS sent for one account.
    static func accountSends(_ email: String) -> String { "account-sends:" + email }
    /// Mails, SMS and sign-in starts requested from one client address.
    static func addressSends(_ address: String?) -> String { "address-sends:" + (address ?? "-") }
}
