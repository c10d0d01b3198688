import GRDB

extension SQLiteStore: ThrottleStore {
    public func updateThrottle(
        key: String, _ change: @Sendable (ThrottleRecord?) -> ThrottleRecord?
    ) async throws -> ThrottleRecord? {
        try await database.write { db in
            let updated = change(try ThrottleRecord.fetchOne(db, key: key))
            if let updated {
                try updated.upsert(db)
            } else {
                try ThrottleRecord.deleteOne(db, key: key)
            }
            return updated
        }
    }

    public func throttle(key: String) async throws -> ThrottleRecord? {
        try await database.read { db in try ThrottleRecord.fetchOne(db, key: key) }
    }

    public func deleteThrottle(key: String) async throws {
        _ = try await database.write { db in try ThrottleRecord.deleteOne(db, key: key) }
    }
}
