import Foundation
import GRDB

extension SQLiteStore: SessionStore {
    public func sessionAccount(tokenHash: String) async throws -> SessionAccount? {
        try readNow { db in try Self.sessionAccount(db, Self.sessionAccountByToken, tokenHash) }
    }

    public func sessionAccount(rememberHash: String) async throws -> SessionAccount? {
        try readNow { db in try Self.sessionAccount(db, Self.sessionAccountByRemember, rememberHash) }
    }

    /// A session by a token's digest in `column`, its account and its MFA records, in one statement:
    /// a row for each method (see `MFARecords`), each with the session and the account first.
    private static func sessionAccountSQL(_ column: String) -> String {
        """
        SELECT \(SessionRecord.qualifiedColumns), \(UserRecord.qualifiedColumns), \(SQLiteMFARecords.columns(of: "session.userID"))
        FROM session JOIN user ON user.id = session.userID
        \(SQLiteMFARecords.join("session.userID", where: "session.\(column) = ?"))
        """
    }

    private static let sessionAccountByToken = sessionAccountSQL("tokenHash")
    private static let sessionAccountByRemember = sessionAccountSQL("rememberHash")

    private static func sessionAccount(_ db: Database, _ sql: String, _ hash: String) throws -> SessionAccount? {
        try StatementRows.read(db.cachedStatement(sql: sql), arguments: [hash]) { rows in
            guard try rows.next() else { return nil }
            let userAt = SessionRecord.sqliteColumnNames.count, mfaAt = userAt + UserRecord.sqliteColumnNames.count
            return SessionAccount(
                session: try SessionRecord(row: rows, from: 0), user: try UserRecord(row: rows, from: userAt),
                mfa: try SQLiteMFARecords.read(rows, from: mfaAt))
        }
    }

    public func sessions(userID: String) async throws -> [SessionRecord] {
        try await database.read { db in
            try SessionRecord.filter(Column("userID") == userID).order(Column("createdAt"), Column("id")).fetchAll(db)
        }
    }

    public func touchSession(id: String, at time: Date, staleBefore: Date) async throws {
        try await write { db in
            try db.execute(
                sql: "UPDATE session SET lastSeenAt = ? WHERE id = ? AND lastSeenAt < ?", arguments: [time, id, staleBefore])
        }
    }

    public func markAuthenticated(sessionID: String, at time: Date, audit: AuditEvent) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE session SET authenticatedAt = ? WHERE id = ?", arguments: [time, sessionID])
            try audit.insertRow(db)
        }
    }

    public func rotateSession(rememberHash: String, to replacement: SessionRecord, at time: Date, audit: AuditEvent)
        async throws -> Bool
    {
        try await write { db in
            let retire = try db.cachedStatement(
                sql: "DELETE FROM session WHERE rememberHash = ? RETURNING familyID, userID")
            guard let old = try Row.fetchOne(retire, arguments: [rememberHash]) else { return false }
            try RetiredRemember(hash: rememberHash, familyID: old["familyID"], userID: old["userID"], retiredAt: time)
                .insertRow(db)
            try replacement.insertRow(db)
            try audit.insertRow(db)
            return true
        }
    }

    public func retiredRemember(hash: String) async throws -> RetiredRemember? {
        try readNow { db in try RetiredRemember.fetchOne(db, key: hash) }
    }

    public func deleteFamily(_ familyID: String, audit: AuditEvent) async throws {
        try await write { db in
            try SessionRecord.filter(Column("familyID") == familyID).deleteAll(db)
            try audit.insertRow(db)
        }
    }

    public func deleteSession(id: String, userID: String, audit: AuditEvent) async throws -> Bool {
        try await write { db in
            guard try SessionRecord.filter(Column("id") == id && Column("userID") == userID).deleteAll(db) > 0 else {
                return false
            }
            try audit.insertRow(db)
            return true
        }
    }

    public func deleteSessions(userID: String, keeping: String?, audit: AuditEvent) async throws -> Int {
        try await write { db in
            let deleted = try Self.deleteSessions(db, userID: userID, keeping: keeping)
            try audit.insertRow(db)
            return deleted
        }
    }
}
