import Foundation
import PostgresNIO

extension PostgresStore: SessionStore {
    public func sessionAccount(tokenHash: String) async throws -> SessionAccount? {
        try await rows("\(unescaped: Self.sessionAccount) WHERE s.token_hash = \(tokenHash)").first.map(Self.sessionAccount)
    }

    public func sessionAccount(rememberHash: String) async throws -> SessionAccount? {
        try await rows("\(unescaped: Self.sessionAccount) WHERE s.remember_hash = \(rememberHash)").first.map(Self.sessionAccount)
    }

    /// A session, its account (columns prefixed `u_`) and the account's method count, in one query.
    private static let sessionAccount = """
        SELECT \(SessionRecord.columns.split(separator: ",").map { "s." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .joined(separator: ", ")),
            \(UserRecord.columnsOfU),
            (SELECT count(*) FROM methods m WHERE m.user_id = s.user_id) AS method_count
        FROM sessions s JOIN users u ON u.id = s.user_id
        """

    private static func sessionAccount(_ row: PostgresRow) throws -> SessionAccount {
        SessionAccount(
            session: try SessionRecord(row), user: try UserRecord(row, prefix: "u_"),
            methodCount: try row.makeRandomAccess()["method_count"].decode(Int.self))
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
        try await transaction { connection in
            let logger = self.logger
            guard let old = try await connection.rows(
                "DELETE FROM sessions WHERE remember_hash = \(rememberHash) RETURNING family_id, user_id", logger: logger
            ).first else { return false }
            let (familyID, userID) = try old.decode((String, String).self)
            let retired = RetiredRemember(hash: rememberHash, familyID: familyID, userID: userID, retiredAt: time)
            try await connection.query(retired.insert, logger: logger)
            try await connection.query(replacement.insert, logger: logger)
            try await connection.query(audit.insert, logger: logger)
            return true
        }
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
