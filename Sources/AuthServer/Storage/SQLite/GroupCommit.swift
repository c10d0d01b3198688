import GRDB
import Synchronization

/// Commits the writes of concurrent requests together. A write that arrives while a transaction
/// commits waits for it, then commits with every other write that arrived meanwhile: one
/// transaction, each write in a savepoint of its own, run in the order they came. A write that
/// throws is undone alone; every write is answered only once its transaction has committed, and
/// all of them fail if the commit does. When SQLite itself rolls the transaction back (an I/O
/// error, a full disk), GRDB refuses every statement after it, so no write runs outside it. Alone,
/// a write commits at once.
///
/// Under load this spreads what a commit costs (the WAL frames of the pages every write touches,
/// the write lock, the hop to the writer queue) over many requests.
final class GroupCommit: Sendable {
    /// A write waiting for its turn: `run` applies it and returns how to answer once committed;
    /// `fail` answers it with the failure of a transaction it could not commit in.
    private struct Waiting: Sendable {
        let run: @Sendable (Database) -> @Sendable () -> Void
        let fail: @Sendable (any Error) -> Void
    }

    private struct Queue {
        var waiting: [Waiting] = []
        var committing = false
    }

    private let database: DatabasePool
    private let queue = Mutex(Queue())

    init(_ database: DatabasePool) { self.database = database }

    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let write = Waiting(
                run: { db in
                    let outcome = Result<T, any Error> {
                        var value: T?
                        try db.inSavepoint {
                            value = try updates(db)
                            return .commit
                        }
                        return value!
                    }
                    return { continuation.resume(with: outcome) }
                },
                fail: { continuation.resume(throwing: $0) })
            let starts = queue.withLock { queue in
                queue.waiting.append(write)
                defer { queue.committing = true }
                return !queue.committing
            }
            if starts { commitWaiting() }
        }
    }

    /// How many writes wait for the transaction being committed (tests wait on it to line writes up).
    var waiting: Int { queue.withLock { $0.waiting.count } }

    /// Commits what waits, group after group, on the writer queue, until nothing does.
    private func commitWaiting() {
        database.asyncWriteWithoutTransaction { db in
            while let group = self.takeWaiting() {
                var answers: [@Sendable () -> Void] = []
                do {
                    try db.inTransaction(.immediate) {
                        answers = group.map { $0.run(db) }
                        return .commit
                    }
                } catch {
                    group.forEach { $0.fail(error) }
                    continue
                }
                answers.forEach { $0() }
            }
        }
    }

    /// The writes that wait, or nil, no longer committing, when none do.
    private func takeWaiting() -> [Waiting]? {
        queue.withLock { queue in
            guard !queue.waiting.isEmpty else {
                queue.committing = false
                return nil
            }
            defer { queue.waiting = [] }
            return queue.waiting
        }
    }
}
