import GRDB

extension SQLiteStore: ThrottleStore {
    public func updateThrottle<Outcome: Sendable>(
        key: String, _ change: @escaping @Sendable (inout ThrottleRecord?) -> Outcome
    ) async throws -> Outcome {
        // SQLite runs one write transaction at a time: nothing changes the row between the read and the write.
        try await write { db in
            var record = try Self.throttle(db, key: key)
            let existed = record != nil
            let outcome = change(&record)
            if let record {
                try record.insertRow(db)
            } else if existed {
                try db.cachedStatement(sql: "DELETE FROM throttle WHERE key = ?").execute(arguments: [key])
            }
            return outcome
        }
    }

    public func throttle(key: String) async throws -> ThrottleRecord? {
        try readNow { db in try Self.throttle(db, key: key) }
    }

    private static func throttle(_ db: Database, key: String) throws -> ThrottleRecord? {
        try ThrottleRecord.fetchFirst(db, sql: throttleByKey, arguments: [key])
    }

    private static let throttleByKey = ThrottleRecord.selectSQL(where: "key = ?")

    public func deleteThrottles(keys: [String], audit: AuditEvent?) async throws {
        try await write { db in
            _ = try ThrottleRecord.deleteAll(db, keys: keys)
            try audit?.insertRow(db)
        }
    }
}
