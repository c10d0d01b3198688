import Foundation
import Testing

@testable import AuthServer

@Suite struct LockoutRuleTests {
    let rule = LockoutRule(threshold: 3, baseDuration: 60, maxDuration: 200)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func reserve(_ record: inout ThrottleRecord?, at offset: TimeInterval) -> LockoutRule.Decision {
        rule.reserve(&record, key: "k", at: start.addingTimeInterval(offset))
    }

    @Test func theAttemptThatReachesTheThresholdSetsTheLock() {
        var record: ThrottleRecord?
        #expect(reserve(&record, at: 0) == .granted(.init(attemptsLeft: 2, lock: nil)))
        #expect(reserve(&record, at: 1) == .granted(.init(attemptsLeft: 1, lock: nil)))
        let until = start.addingTimeInterval(62)
        #expect(reserve(&record, at: 2) == .granted(.init(attemptsLeft: 0, lock: .init(until: until, ordinal: 1))))
        #expect(reserve(&record, at: 3) == .locked(until: until))
    }

    @Test func eachLockLastsTwiceTheOneBeforeUpToTheMaximum() {
        #expect((1...4).map(rule.duration(ofLockout:)) == [60, 120, 200, 200])
        var record: ThrottleRecord?
        var time: TimeInterval = 0
        var durations: [TimeInterval] = []
        for _ in 0..<3 {
            var decision = reserve(&record, at: time)
            while case .granted(let reservation) = decision, reservation.lock == nil {
                decision = reserve(&record, at: time)
            }
            guard case .granted(let reservation) = decision, let lock = reservation.lock else { break }
            durations.append(lock.until.timeIntervalSince(start.addingTimeInterval(time)))
            time = lock.until.timeIntervalSince(start)
        }
        #expect(durations == [60, 120, 200])
    }

    /// An attempt that was not judged (the server was busy) is given back, with the lock it set.
    @Test func releasingAnUnjudgedAttemptGivesBackItsLock() {
        var record: ThrottleRecord?
        _ = reserve(&record, at: 0)
        _ = reserve(&record, at: 0)
        guard case .granted(let locking) = reserve(&record, at: 0) else {
            Issue.record("the third attempt is granted")
            return
        }
        rule.release(&record, locking, at: start)
        #expect(record?.count == 2)
        #expect(record?.lockedUntil == nil)
        #expect(record?.lockouts == 0)
        #expect(reserve(&record, at: 1) != .locked(until: start.addingTimeInterval(60)))
    }

    @Test func rateRulesCountUsesInAWindow() {
        let rate = RateRule(limit: 2, window: 100)
        var record: ThrottleRecord?
        #expect(rate.reserve(&record, key: "k", at: start) == .granted(windowStart: start))
        #expect(rate.reserve(&record, key: "k", at: start.addingTimeInterval(10)) == .granted(windowStart: start))
        #expect(rate.reserve(&record, key: "k", at: start.addingTimeInterval(20)) == .limited(until: start.addingTimeInterval(100)))
        rate.release(&record, windowStart: start, at: start.addingTimeInterval(30))
        #expect(rate.reserve(&record, key: "k", at: start.addingTimeInterval(40)) == .granted(windowStart: start))
        let next = start.addingTimeInterval(100)
        #expect(rate.reserve(&record, key: "k", at: next) == .granted(windowStart: next))
    }
}
