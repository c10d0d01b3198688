import PostgresNIO

extension PostgresStore: ExpiryStore {
    public func deleteExpired(_ cutoffs: ExpiryCutoffs) async throws -> Int {
        try await transaction { connection in
            let logger = self.logger
            let now = cutoffs.now
            var statements: [PostgresQuery] = [
                """
                DELETE FROM sessions WHERE expires_at < \(now) AND (remember_hash IS NULL
                    OR last_seen_at < \(cutoffs.rememberUsedBefore) OR created_at < \(cutoffs.rememberCreatedBefore))
                RETURNING 1
                """,
                "DELETE FROM retired_remembers WHERE retired_at < \(cutoffs.rememberCreatedBefore) RETURNING 1",
                """
                DELETE FROM throttles WHERE updated_at < \(cutoffs.throttleChangedBefore)
                    AND (locked_until IS NULL OR locked_until < \(now)) RETURNING 1
                """,
                "DELETE FROM sign_in_flows WHERE expires_at < \(now) RETURNING 1",
                "DELETE FROM setups WHERE expires_at < \(now) RETURNING 1",
                "DELETE FROM one_time_codes WHERE expires_at < \(now) RETURNING 1",
            ]
            if let auditBefore = cutoffs.auditBefore {
                statements.append("DELETE FROM audit_events WHERE time < \(auditBefore) RETURNING 1")
            }
            var deleted = 0
            for statement in statements { deleted += try await connection.rows(statement, logger: logger).count }
            return deleted
        }
    }
}
