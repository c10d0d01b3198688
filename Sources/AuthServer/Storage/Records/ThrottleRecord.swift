import Foundation

/// The counters behind a lockout or rate limit, for one key (an account, an address, an action).
public struct ThrottleRecord: Codable, Equatable, Sendable {
    public var key: String
    public var count: Int
    public var windowStart: Date
    public var lockedUntil: Date?
    /// Consecutive lockouts; each one lasts longer.
    public var lockouts: Int

    public init(key: String, count: Int = 0, windowStart: Date, lockedUntil: Date? = nil, lockouts: Int = 0) {
        self.key = key
        self.count = count
        self.windowStart = windowStart
        self.lockedUntil = lockedUntil
        self.lockouts = lockouts
    }
}
