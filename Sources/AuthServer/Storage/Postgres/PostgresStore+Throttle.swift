import PostgresNIO

extension PostgresStore: ThrottleStore {
    public func updateThrottle<Outcome: Sendable>(
        key: String, _ change: @escaping @Sendable (inout ThrottleRecord?) -> Outcome
    ) async throws -> Outcome {
        try await transaction { connection in
            let logger = self.logger
            // The key may have no row yet, so a row lock would not do: a lock on the key itself, held
            // until the transaction ends, makes concurrent changes of one key wait for each other. The
            // read is a statement of its own, so that its snapshot is taken once the lock is held.
            try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended(\(key), 0))", logger: logger)
            var record = try await connection.rows(
                "SELECT \(unescaped: ThrottleRecord.columns) FROM throttles WHERE key = \(key)", logger: logger
            ).first.map(ThrottleRecord.init)
            let outcome = change(&record)
            if let record {
                try await connection.query(record.upsert, logger: logger)
            } else {
                try await connection.query("DELETE FROM throttles WHERE key = \(key)", logger: logger)
            }
            return outcome
        }
    }

    public func throttle(key: String) async throws -> ThrottleRecord? {
        try await rows("SELECT \(unescaped: ThrottleRecord.columns) FROM throttles WHERE key = \(key)")
            .first.map(ThrottleRecord.init)
    }

    public func deleteThrottles(keys: [String], audit: AuditEvent?) async throws {
        try await transaction { connection in
            try await connection.query("DELETE FROM throttles WHERE key = ANY(\(keys))", logger: self.logger)
            if let audit { try await connection.query(audit.insert, logger: self.logger) }
        }
    }
}
