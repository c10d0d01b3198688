import Foundation

/// `threshold` failures in a row lock a key. The first lock lasts `baseDuration` seconds, each
/// further one twice as long as the one before, at most `maxDuration`; a success forgets them all.
///
/// Attempts are reserved before they are judged: the attempt that reaches the threshold sets the
/// lock at once, so attempts arriving together are judged `threshold` times at most, and its
/// success (or giving it back unjudged) lifts the lock again.
struct LockoutRule: Equatable, Sendable {
    var threshold: Int
    var baseDuration: Int
    var maxDuration: Int

    /// One attempt, reserved.
    struct Reservation: Equatable, Sendable {
        /// Attempts left should this one fail.
        var attemptsLeft: Int
        /// The lock this attempt set: it holds should the attempt fail.
        var lock: Lock?
    }

    struct Lock: Equatable, Sendable {
        var until: Date
        /// 1 for the first lockout since the last success.
        var ordinal: Int
    }

    enum Decision: Equatable, Sendable {
        case granted(Reservation)
        case locked(until: Date)
    }

    /// Reserves one attempt on `record` at `now`.
    func reserve(_ record: inout ThrottleRecord?, key: String, at now: Date) -> Decision {
        var counters = record ?? ThrottleRecord(key: key, windowStart: now)
        if let until = counters.lockedUntil {
            if until > now { return .locked(until: until) }
            // The lock is over: a new round, whose lock will last longer.
            counters.lockedUntil = nil
            counters.count = 0
            counters.windowStart = now
        }
        counters.count += 1
        counters.updatedAt = now
        var lock: Lock?
        if counters.count >= threshold {
            counters.lockouts += 1
            lock = Lock(until: now.addingTimeInterval(TimeInterval(duration(ofLockout: counters.lockouts))),
                        ordinal: counters.lockouts)
            counters.lockedUntil = lock?.until
        }
        record = counters
        return .granted(Reservation(attemptsLeft: max(threshold - counters.count, 0), lock: lock))
    }

    /// Gives back an attempt that was not judged, and the lock it set.
    func release(_ record: inout ThrottleRecord?, _ reservation: Reservation, at now: Date) {
        guard var counters = record else { return }
        counters.count = max(counters.count - 1, 0)
        if let lock = reservation.lock, counters.lockedUntil?.isSameStoredTime(as: lock.until) == true {
            counters.lockedUntil = nil
            counters.lockouts = max(counters.lockouts - 1, 0)
        }
        counters.updatedAt = now
        record = counters
    }

    /// Seconds the `ordinal`-th lockout in a row lasts.
    func duration(ofLockout ordinal: Int) -> Int {
        min(baseDuration << min(max(ordinal - 1, 0), 20), maxDuration)
    }
}
