import Foundation
import GRDB

extension SQLiteStore: SessionStore {
    public func sessionAccount(tokenHash: String) async throws -> SessionAccount? {
        try readNow { db in try Self.sessionAccount(db, column: "tokenHash", tokenHash) }
    }

    public func sessionAccount(rememberHash: String) async throws -> SessionAccount? {
        try readNow { db in try Self.sessionAccount(db, column: "rememberHash", rememberHash) }
    }

    /// A session, its account (columns prefixed `u_`) and the account's method count, in one statement.
    private static func sessionAccount(_ db: Database, column: String, _ hash: String) throws -> SessionAccount? {
        let statement = try db.cachedStatement(sql: """
            SELECT session.*, \(UserRecord.prefixedColumns),
                (SELECT COUNT(*) FROM method WHERE method.userID = session.userID) AS methodCount
            FROM session JOIN user ON user.id = session.userID WHERE session.\(column) = ?
            """)
        return try Row.fetchOne(statement, arguments: [hash]).map { row in
            SessionAccount(
                session: try SessionRecord(row: row), user: try UserRecord(row: row, prefix: "u_"),
                methodCount: row["methodCount"])
        }
    }

    public func sessions(userID: String) async throws -> [SessionRecord] {
        try await database.read { db in
            try SessionRecord.filter(Column("userID") == userID).order(Column("createdAt"), Column("id")).fetchAll(db)
        }
    }

    public func touchSession(id: String, at time: Date, staleBefore: Date) async throws {
        try await database.write { db in
            try db.execute(
                sql: "UPDATE session SET lastSeenAt = ? WHERE id = ? AND lastSeenAt < ?", arguments: [time, id, staleBefore])
        }
    }

    public func markAuthenticated(sessionID: String, at time: Date, audit: AuditEvent) async throws {
        try await database.write { db in
            try db.execute(sql: "UPDATE session SET authenticatedAt = ? WHERE id = ?", arguments: [time, sessionID])
            try audit.insert(db)
        }
    }

    public func rotateSession(rememberHash: String, to replacement: SessionRecord, at time: Date, audit: AuditEvent)
        async throws -> Bool
    {
        try await database.write { db in
            let retire = try db.cachedStatement(
                sql: "DELETE FROM session WHERE rememberHash = ? RETURNING familyID, userID")
            guard let old = try Row.fetchOne(retire, arguments: [rememberHash]) else { return false }
            try RetiredRemember(hash: rememberHash, familyID: old["familyID"], userID: old["userID"], retiredAt: time)
                .insert(db)
            try replacement.insert(db)
            try audit.insert(db)
            return true
        }
    }

    public func retiredRemember(hash: String) async throws -> RetiredRemember? {
        try await database.read { db in try RetiredRemember.fetchOne(db, key: hash) }
    }

    public func deleteFamily(_ familyID: String, audit: AuditEvent) async throws {
        try await database.write { db in
            try SessionRecord.filter(Column("familyID") == familyID).deleteAll(db)
            try audit.insert(db)
        }
    }

    public func deleteSession(id: String, userID: String, audit: AuditEvent) async throws -> Bool {
        try await database.write { db in
            guard try SessionRecord.filter(Column("id") == id && Column("userID") == userID).deleteAll(db) > 0 else {
                return false
            }
            try audit.insert(db)
            return true
        }
    }

    public func deleteSessions(userID: String, keeping: String?, audit: AuditEvent) async throws -> Int {
        try await database.write { db in
            let deleted = try Self.deleteSessions(db, userID: userID, keeping: keeping)
            try audit.insert(db)
            return deleted
        }
    }
}
