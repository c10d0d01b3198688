import GRDB

extension SQLiteStore: ThrottleStore {
    public func updateThrottle<Outcome: Sendable>(
        key: String, _ change: @escaping @Sendable (inout ThrottleRecord?) -> Outcome
    ) async throws -> Outcome {
        // SQLite runs one write transaction at a time: nothing changes the row between the read and the write.
        try await write { db in
            var record = try ThrottleRecord.fetchOne(db, key: key)
            let outcome = change(&record)
            if let record {
                try record.upsert(db)
            } else {
                try ThrottleRecord.deleteOne(db, key: key)
            }
            return outcome
        }
    }

    public func throttle(key: String) async throws -> ThrottleRecord? {
        try readNow { db in try ThrottleRecord.fetchOne(db, key: key) }
    }

    public func deleteThrottles(keys: [String], audit: AuditEvent?) async throws {
        try await write { db in
            _ = try ThrottleRecord.deleteAll(db, keys: keys)
            try audit?.insertRow(db)
        }
    }
}
