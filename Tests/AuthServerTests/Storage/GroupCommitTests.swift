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

    @Test func writesThatWaitCommitTogetherAndAFailingOneIsUndoneAlone() async throws {
        let folder = try ScratchFolder()
        let database = try DatabasePool(path: folder.path + "/group.sqlite")
        try await database.write { db in try db.execute(sql: "CREATE TABLE row (number INTEGER PRIMARY KEY)") }
        let commits = Commits()
        database.add(transactionObserver: commits, extent: .databaseLifetime)
        let group = GroupCommit(database)
        let writes = 64

        // The first write holds its transaction open until every other write waits behind it.
        let started = Atomic(false), release = DispatchSemaphore(value: 0)
        let first = Task {
            try await group.write { db in
                try db.execute(sql: "INSERT INTO row VALUES (0)")
                started.store(true, ordering: .sequentiallyConsistent)
                release.wait()
                return 0
            }
        }
        while !started.load(ordering: .sequentiallyConsistent) { try await Task.sleep(for: .milliseconds(5)) }
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
            while group.waiting < writes - 1 { try await Task.sleep(for: .milliseconds(5)) }
            release.signal()
            return try await tasks.reduce(into: [Int: Result<Int, Refused>]()) { $0[$1.0] = $1.1 }
        }

        #expect(try await first.value == 0)
        for number in 1..<writes {
            #expect(outcomes[number] == (number % 2 == 1 ? .failure(Refused(number: number)) : .success(number)))
        }
        let stored = try await database.read { db in try Int.fetchAll(db, sql: "SELECT number FROM row ORDER BY number") }
        #expect(stored == Array(stride(from: 0, to: writes, by: 2)))
        #expect(commits.count.load(ordering: .relaxed) == 2)
    }

    @Test func aWriteAloneCommitsAtOnceAndItsFailureReachesItsCaller() async throws {
        let folder = try ScratchFolder()
        let database = try DatabasePool(path: folder.path + "/group.sqlite")
        try await database.write { db in try db.execute(sql: "CREATE TABLE row (number INTEGER PRIMARY KEY)") }
        let group = GroupCommit(database)

        #expect(try await group.write { db in try db.execute(sql: "INSERT INTO row VALUES (1)"); return db.changesCount } == 1)
        await #expect(throws: DatabaseError.self) {
            try await group.write { db in try db.execute(sql: "INSERT INTO row VALUES (1)") }
        }
        #expect(try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM row") } == 1)
        #expect(group.waiting == 0)
    }

    @Test func whenSQLiteRollsTheTransactionBackNoWriteOfTheGroupCommitsAndNoneRunsOutsideIt() async throws {
        let folder = try ScratchFolder()
        let database = try DatabasePool(path: folder.path + "/group.sqlite")
        try await database.write { db in try db.execute(sql: "CREATE TABLE row (number INTEGER PRIMARY KEY)") }
        let group = GroupCommit(database)

        // A first write holds the writer while three others queue behind it, in this order: the
        // middle one ends the transaction, as SQLite does itself on an I/O error or a full disk.
        let started = Atomic(false), release = DispatchSemaphore(value: 0)
        let first = Task {
            try await group.write { db in
                started.store(true, ordering: .sequentiallyConsistent)
                release.wait()
            }
        }
        while !started.load(ordering: .sequentiallyConsistent) { try await Task.sleep(for: .milliseconds(5)) }
        var queued: [Task<Void, any Error>] = []
        for sql in ["INSERT INTO row VALUES (1)", "ROLLBACK", "INSERT INTO row VALUES (3)"] {
            queued.append(Task { try await group.write { db in try db.execute(sql: sql) } })
            while group.waiting < queued.count { try await Task.sleep(for: .milliseconds(5)) }
        }
        release.signal()

        try await first.value
        for task in queued { await #expect(throws: DatabaseError.self) { try await task.value } }
        #expect(try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM row") } == 0)
    }
}
