import Foundation

/// At most `limit` uses of a key in a window of `window` seconds from its first use.
struct RateRule: Equatable, Sendable {
    var limit: Int
    var window: Int

    enum Decision: Equatable, Sendable {
        /// Counted, in the window that began then.
        case granted(windowStart: Date)
        case limited(until: Date)
    }

    /// Counts one use of `record` at `now`, unless the window is full.
    func reserve(_ record: inout ThrottleRecord?, key: String, at now: Date) -> Decision {
        var counters = record ?? ThrottleRecord(key: key, windowStart: now)
        if now.timeIntervalSince(counters.windowStart) >= TimeInterval(window) {
            counters.windowStart = now
            counters.count = 0
        }
        guard counters.count < limit else {
            return .limited(until: counters.windowStart.addingTimeInterval(TimeInterval(window)))
        }
        counters.count += 1
        counters.updatedAt = now
        record = counters
        return .granted(windowStart: counters.windowStart)
    }

    /// Gives back a use counted in the window that began at `windowStart`.
    func release(_ record: inout ThrottleRecord?, windowStart: Date, at now: Date) {
        guard var counters = record, counters.windowStart.isSameStoredTime(as: windowStart) else { return }
        counters.count = max(counters.count - 1, 0)
        counters.updatedAt = now
        record = counters
    }
}
