import Synchronization

/// The steps of a store waiting for a connection of the pool, and whom to tell when one has waited
/// longer than `limit`. One watcher looks over them all a few times a second (`watch()`): a step
/// costs an entry here rather than a timer of its own.
final class ConnectionWaits: Sendable {
    let limit: Duration
    private let waiting = Mutex(Waiting())

    private struct Waiting {
        var next: UInt64 = 0
        var entries: [UInt64: (since: ContinuousClock.Instant, giveUp: @Sendable () -> Void)] = [:]
    }

    init(limit: Duration) {
        self.limit = limit
    }

    /// Records a wait that `giveUp` ends once it lasts longer than `limit`; `end` it when it is over.
    func begin(_ giveUp: @escaping @Sendable () -> Void) -> UInt64 {
        waiting.withLock { waiting in
            waiting.next += 1
            waiting.entries[waiting.next] = (ContinuousClock.now, giveUp)
            return waiting.next
        }
    }

    func end(_ wait: UInt64) {
        _ = waiting.withLock { $0.entries.removeValue(forKey: wait) }
    }

    /// Gives up the waits older than `limit`, every tenth of it, until cancelled.
    func watch() async {
        while (try? await Task.sleep(for: limit / 10)) != nil {
            let overdue = ContinuousClock.now - limit
            let givingUp = waiting.withLock { waiting in
                let old = waiting.entries.filter { $0.value.since < overdue }
                for wait in old.keys { waiting.entries[wait] = nil }
                return old.values.map(\.giveUp)
            }
            for giveUp in givingUp { giveUp() }
        }
    }
}
