import Foundation

/// The counters behind a lockout or rate limit, for one key (an account and kind of secret, an
/// address, an action).
public struct ThrottleRecord: Codable, Equatable, Sendable {
    public var key: String
    /// Failures reserved in the current round of a lockout, or uses in the window of a rate limit.
    public var count: Int
    /// When the current round or window began.
    public var windowStart: Date
    public var lockedUntil: Date?
    /// Lockouts since the last success; each one lasts longer.
    public var lockouts: Int
    /// When the counters last changed: idle records are swept.
    public var updatedAt: Date

    public init(key: String, count: Int = 0, windowStart: Date, lockedUntil: Date? = nil, lockouts: Int = 0) {
        self.key = key
        self.count = count
        self.windowStart = windowStart
        self.lockedUntil = lockedUntil
        self.lockouts = lockouts
        updatedAt = windowStart
    }
}

extension Date {
    /// Whether two times are one as a store gives them back: to the millisecond (SQLite keeps no
    /// finer, PostgreSQL keeps microseconds).
    func isSameStoredTime(as other: Date) -> Bool {
        abs(timeIntervalSince(other)) < 0.001
    }
}
