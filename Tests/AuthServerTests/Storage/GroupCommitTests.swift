import Foundation
import GRDB
import Synchronization
import Testing

@testable import AuthServer

/// The writes of concurrent requests, committed together: each keeps its own outcome.
@Suite struct GroupCommitTests {
    private struct Refused: Error, Equatable { let number: Int }

    /// Counts the transactions committed.
    private final class Commits: TransactionObserver, Sendable {
        let count = Atomic(0)
        func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { true }
        func databaseDidChange(with event: DatabaseEvent) {}
        func databaseDidCommit(_ db: Database) { count.add(1, ordering: .relaxed) }
        func databaseDidRollback(_ db: Database) {}
    }

    /// A database of one table of numbers, and its group commit.
    private struct Fixture {
        let folder: ScratchFolder
        let database: DatabasePool
        let group: GroupCommit

        init() async throws {
            folder = try ScratchFolder()
            database = try DatabasePool(path: folder.path + "/group.sqlite")
            try await database.write { db in try db.execute(sql: "CREATE TABLE row (number INTEGER PRIMARY KEY)") }
            group = GroupCommit(database)
        }

        /// The numbers stored, in order.
        func numbers() async throws -> [Int] {
            try await database.read { db in try Int.fetchAll(db, sql: "SELECT number FROM row ORDER BY number") }
        }

        /// A write that inserts `number` and then holds the writer, its transaction open, until
        /// `release` is signalled: what comes meanwhile waits behind it. It returns `number`.
        func holdWriter(inserting number: Int) async throws -> (write: Task<Int, any Error>, release: DispatchSemaphore) {
            let started = Atomic(false), release = DispatchSemaphore(value: 0)
            let write = Task { [group] in
                try await group.write { db in
                    try db.execute(sql: "INSERT INTO row VALUES (?)", arguments: [number])
                    started.store(true, ordering: .sequentiallyConsistent)
                    release.wait()
                    return number
                }
            }
            while !started.load(ordering: .sequentiallyConsistent) { try await Task.sleep(for: .milliseconds(5)) }
            return (write, release)
        }

        /// Returns once `count` writes wait behind the transaction being committed.
        func untilWaiting(_ count: Int) async throws {
            while group.waiting < count { try await Task.sleep(for: .milliseconds(5)) }
        }
    }

    @Test func writesThatWaitCommitTogetherAndAFailingOneIsUndoneAlone() async throws {
        let fixture = try await Fixture()
        let group = fixture.group
        let commits = Commits()
        fixture.database.add(transactionObserver: commits, extent: .databaseLifetime)
        let writes = 64

        let first = try await fixture.holdWriter(inserting: 0)
        let outcomes = try await withThrowingTaskGroup(of: (Int, Result<Int, Refused>).self) { tasks in
            for number in 1..<writes {
                tasks.addTask {
                    do {
                        return (number, .success(try await group.write { db in
                            try db.execute(sql: "INSERT INTO row VALUES (?)", arguments: [number])
                            if number % 2 == 1 { throw Refused(number: number) }
                            return number
                        }))
                    } catch let refused as Refused {
                        return (number, .failure(refused))
                    }
                }
            }
            try await fixture.untilWaiting(writes - 1)
            first.release.signal()
            return try await tasks.reduce(into: [Int: Result<Int, Refused>]()) { $0[$1.0] = $1.1 }
        }

        #expect(try await first.write.value == 0)
        for number in 1..<writes {
            #expect(outcomes[number] == (number % 2 == 1 ? .failure(Refused(number: number)) : .success(number)))
        }
        #expect(try await fixture.numbers() == Array(stride(from: 0, to: writes, by: 2)))
        #expect(commits.count.load(ordering: .relaxed) == 2)
    }

    @Test func aWriteAloneCommitsAtOnceAndItsFailureReachesItsCaller() async throws {
        let fixture = try await Fixture()
        let group = fixture.group

        #expect(try await group.write { db in try db.execute(sql: "INSERT INTO row VALUES (1)"); return db.changesCount } == 1)
        await #expect(throws: DatabaseError.self) {
            try await group.write { db in try db.execute(sql: "INSERT INTO row VALUES (1)") }
        }
        #expect(try await fixture.numbers().count == 1)
        #expect(group.waiting == 0)
    }

    @Test func whenSQLiteRollsTheTransactionBackNoWriteOfTheGroupCommitsAndNoneRunsOutsideIt() async throws {
        let fixture = try await Fixture()
        let group = fixture.group

        // Three writes queue behind a held one, in this order: the middle one ends the transaction,
        // as SQLite does itself on an I/O error or a full disk.
        let first = try await fixture.holdWriter(inserting: 0)
        var queued: [Task<Void, any Error>] = []
        for sql in ["INSERT INTO row VALUES (1)", "ROLLBACK", "INSERT INTO row VALUES (3)"] {
            queued.append(Task { try await group.write { db in try db.execute(sql: sql) } })
            try await fixture.untilWaiting(queued.count)
        }
        first.release.signal()

        #expect(try await first.write.value == 0)
        for task in queued { await #expect(throws: DatabaseError.self) { try await task.value } }
        #expect(try await fixture.numbers() == [0])
    }
}
