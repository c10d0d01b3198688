import Foundation
import PostgresNIO
import TestSupport
import Testing

@testable import AuthServer

/// Changes of one throttle key wait for each other without holding connections of the pool while
/// they wait: a burst of attempts at one account cannot starve every other request of the store.
@Suite struct ThrottleContentionTests {
    @Test func waitersOfOneKeyLeaveThePoolToEveryoneElse() async throws {
        let cluster = try PostgresCluster.shared()
        let database = try cluster.createDatabase()
        let opened = try await OpenedStore.postgres(in: cluster, database: database, connectionWait: .seconds(30))
        let store = try #require(opened.store as? PostgresStore)
        let key = "account:contended"
        // Another session holds the key's lock, as a slow change of the key would.
        let holder = Task.detached {
            try? cluster.psql(
                "BEGIN; SELECT pg_advisory_xact_lock(hashtextextended('\(key)', 0)); SELECT pg_sleep(120); COMMIT;",
                database: database)
        }
        while try await store.advisoryLocks(granted: true) == 0 { try await Task.sleep(for: .milliseconds(20)) }

        // More changes of the key than the pool has connections (8), for two seconds: none of them
        // sits in the database waiting for the lock, holding its connection.
        let changes = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        _ = try await store.updateThrottle(key: key) { record in
                            var counted = record ?? ThrottleRecord(key: key, windowStart: Date())
                            counted.count += 1
                            record = counted
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        var mostWaiting = 0
        let watched = ContinuousClock.now + .seconds(2)
        while ContinuousClock.now < watched {
            mostWaiting = max(mostWaiting, try await store.advisoryLocks(granted: false))
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(mostWaiting == 0)

        // Every other request still gets a connection while the key is held.
        #expect(try await store.throttle(key: "account:other") == nil)
        #expect(try await store.advisoryLocks(granted: true) == 1, "the key was held all along")

        try await store.endOtherSessionsHoldingAdvisoryLocks()
        await holder.value
        try await changes.value
        #expect(try await store.throttle(key: key)?.count == 16, "every change counted, one after the other")
    }
}

extension PostgresStore {
    /// Advisory locks of this database, held or waited for.
    fileprivate func advisoryLocks(granted: Bool) async throws -> Int {
        try await rows("""
            SELECT count(*)::bigint FROM pg_locks WHERE locktype = 'advisory' AND granted = \(granted)
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """).first?.decode(Int.self) ?? 0
    }

    fileprivate func endOtherSessionsHoldingAdvisoryLocks() async throws {
        _ = try await rows("""
            SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND pid <> pg_backend_pid()
            """)
    }
}
