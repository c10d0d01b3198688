import Foundation
import PostgresNIO

extension PostgresStore: SessionStore {
    public func sessionAccount(tokenHash: String) async throws -> SessionAccount? {
        try SessionAccount(try await rows(SessionAccountByDigest<AccessTokenDigest>(hash: tokenHash)))
    }

    public func sessionAccount(rememberHash: String) async throws -> SessionAccount? {
        try SessionAccount(try await rows(SessionAccountByDigest<RememberTokenDigest>(hash: rememberHash)))
    }

    public func sessions(userID: String) async throws -> [SessionRecord] {
        try await rows(
            "SELECT \(unescaped: SessionRecord.columns) FROM sessions WHERE user_id = \(userID) ORDER BY created_at, id"
        ).map(SessionRecord.init)
    }

    public func touchSession(id: String, at time: Date, staleBefore: Date) async throws {
        _ = try await rows("UPDATE sessions SET last_seen_at = \(time) WHERE id = \(id) AND last_seen_at < \(staleBefore)")
    }

    public func markAuthenticated(sessionID: String, at time: Date, audit: AuditEvent) async throws {
        try await transaction { connection in
            try await connection.query(
                "UPDATE sessions SET authenticated_at = \(time) WHERE id = \(sessionID)", logger: self.logger)
            try await connection.query(audit.insert, logger: self.logger)
        }
    }

    public func rotateSession(rememberHash: String, to replacement: SessionRecord, at time: Date, audit: AuditEvent)
        async throws -> Bool
    {
        // One statement, so one round trip: the old session goes, its token is retired, and the
        // replacement and the audit event go in, all or (when another request rotated first) none.
        var bindings = PostgresBindings()
        bindings.append(rememberHash)
        bindings.append(time)
        try replacement.bind(to: &bindings)
        try audit.bind(to: &bindings)
        let auditFrom = 3 + SessionRecord.columnNames.count
        let rotated = try await rows(PostgresQuery(
            unsafeSQL: """
                WITH old AS (DELETE FROM sessions WHERE remember_hash = $1 RETURNING family_id, user_id),
                retired AS (
                    INSERT INTO retired_remembers (\(RetiredRemember.columns)) SELECT $1, family_id, user_id, $2 FROM old),
                opened AS (INSERT INTO sessions (\(SessionRecord.columns)) SELECT \(SessionRecord.placeholders(from: 3)) FROM old),
                audited AS (INSERT INTO audit_events (\(AuditEvent.columns)) SELECT \(AuditEvent.placeholders(from: auditFrom)) FROM old)
                SELECT 1 FROM old
                """, binds: bindings))
        return !rotated.isEmpty
    }

    public func retiredRemember(hash: String) async throws -> RetiredRemember? {
        try await rows("SELECT \(unescaped: RetiredRemember.columns) FROM retired_remembers WHERE hash = \(hash)")
            .first.map(RetiredRemember.init)
    }

    public func deleteFamily(_ familyID: String, audit: AuditEvent) async throws {
        try await transaction { connection in
            try await connection.query("DELETE FROM sessions WHERE family_id = \(familyID)", logger: self.logger)
            try await connection.query(audit.insert, logger: self.logger)
        }
    }

    public func deleteSession(id: String, userID: String, audit: AuditEvent) async throws -> Bool {
        try await transaction { connection in
            guard try await !connection.rows(
                "DELETE FROM sessions WHERE id = \(id) AND user_id = \(userID) RETURNING 1", logger: self.logger
            ).isEmpty else { return false }
            try await connection.query(audit.insert, logger: self.logger)
            return true
        }
    }

    public func deleteSessions(userID: String, keeping: String?, audit: AuditEvent) async throws -> Int {
        try await transaction { connection in
            let deleted = try await Self.deleteSessions(connection, userID: userID, keeping: keeping, logger: self.logger)
            try await connection.query(audit.insert, logger: self.logger)
            return deleted
        }
    }
}
