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
        let rotated = try await rows(
            RotateSession(rememberHash: rememberHash, time: time, session: replacement, audit: audit))
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
