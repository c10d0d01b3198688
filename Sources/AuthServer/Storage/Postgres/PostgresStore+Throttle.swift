import PostgresNIO

extension PostgresStore: ThrottleStore {
    public func updateThrottle<Outcome: Sendable>(
        key: String, _ change: @escaping @Sendable (inout ThrottleRecord?) -> Outcome
    ) async throws -> Outcome {
        // The key may have no row yet, so a row lock would not do: a lock on the key itself, held
        // until the transaction ends, makes concurrent changes of one key happen one after the other.
        // It is tried, not waited for: a change that finds the key busy gives its connection back and
        // tries again shortly, so that a burst at one account cannot hold the whole pool waiting.
        let giveUp = ContinuousClock.now + connectionWait
        var pause = Duration.milliseconds(1)
        while true {
            do {
                return try await transaction { connection in
                    let logger = self.logger
                    guard try await connection.rows(
                        "SELECT pg_try_advisory_xact_lock(hashtextextended(\(key), 0))", logger: logger
                    ).first?.decode(Bool.self) == true else { throw KeyBusy() }
                    // A statement of its own, so that its snapshot is taken once the lock is held.
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
            } catch is KeyBusy {
                guard ContinuousClock.now < giveUp else { throw StoreError.unavailable }
                try await Task.sleep(for: pause * Double.random(in: 0.5...1.5))
                pause = min(pause * 2, .milliseconds(50))
            }
        }
    }

    /// Another change of the same key holds it.
    private struct KeyBusy: Error {}

    public func throttle(key: String) async throws -> ThrottleRecord? {
        try await rows("SELECT \(unescaped: ThrottleRecord.columns) FROM throttles WHERE key = \(key)")
            .first.map(ThrottleRecord.init)
    }

    public func deleteThrottles(keys: [String], audit: AuditEvent?) async throws {
        guard let audit else {
            // One statement: what a success clears needs no transaction around it.
            _ = try await rows("DELETE FROM throttles WHERE key = ANY(\(keys))")
            return
        }
        try await transaction { connection in
            try await connection.query("DELETE FROM throttles WHERE key = ANY(\(keys))", logger: self.logger)
            try await connection.query(audit.insert, logger: self.logger)
        }
    }
}
