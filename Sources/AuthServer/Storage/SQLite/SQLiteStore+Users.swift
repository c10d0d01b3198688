import AuthModel
import Foundation
import GRDB

extension SQLiteStore: UserStore {
    public func insertUser(_ user: UserRecord, audit: AuditEvent) async throws {
        do {
            try await write { db in
                try user.insert(db)
                try audit.insertRow(db)
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.duplicateEmail
        }
    }

    public func user(id: String) async throws -> UserRecord? {
        try readNow { db in try UserRecord.fetchFirst(db, sql: Self.userByID, arguments: [id]) }
    }

    public func user(email: String) async throws -> UserRecord? {
        try readNow { db in try UserRecord.fetchFirst(db, sql: Self.userByEmail, arguments: [email]) }
    }

    private static let userByID = UserRecord.selectSQL(where: "id = ?")
    private static let userByEmail = UserRecord.selectSQL(where: "email = ?")

    public func users() async throws -> [UserRecord] {
        try await database.read { db in try UserRecord.order(Column("email")).fetchAll(db) }
    }

    public func replacePasswordHash(userID: String, from old: String, to new: String) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: "UPDATE user SET passwordHash = ? WHERE id = ? AND passwordHash = ?", arguments: [new, userID, old])
            return db.changesCount == 1
        }
    }

    public func setPassword(
        userID: String, hash: String, at time: Date, keepingSession: String?, clearingMFA: Bool, audit: AuditEvent
    ) async throws {
        try await write { db in
            try db.execute(
                sql: "UPDATE user SET passwordHash = ?, passwordChangedAt = ? WHERE id = ?", arguments: [hash, time, userID])
            try Self.deleteSessions(db, userID: userID, keeping: keepingSession)
            if clearingMFA { try Self.clearMethods(db, userID: userID) }
            try audit.insertRow(db)
        }
    }

    public func setLanguage(userID: String, _ language: Language, audit: AuditEvent) async throws -> Bool {
        try await write { db in
            try db.execute(sql: "UPDATE user SET language = ? WHERE id = ?", arguments: [language.rawValue, userID])
            guard db.changesCount == 1 else { return false }
            try audit.insertRow(db)
            return true
        }
    }

    public func enableMFA(userID: String, audit: AuditEvent) async throws -> MFAEnabling {
        try await write { db in
            guard let user = try UserRecord.fetchOne(db, key: userID), !user.mfaEnabled else { return .alreadyEnabled }
            guard try MethodRecord.filter(Column("userID") == userID).fetchCount(db) > 0 else { return .noMethods }
            try db.execute(sql: "UPDATE user SET mfaEnabled = 1 WHERE id = ?", arguments: [userID])
            try audit.insertRow(db)
            return .enabled
        }
    }

    public func resetMFA(userID: String, audit: AuditEvent) async throws {
        try await write { db in
            try Self.clearMethods(db, userID: userID)
            try db.execute(sql: "UPDATE user SET mfaEnabled = 0 WHERE id = ?", arguments: [userID])
            try Self.deleteSessions(db, userID: userID, keeping: nil)
            try audit.insertRow(db)
        }
    }

    /// Removes every method, pending setup and recovery code of the user.
    static func clearMethods(_ db: Database, userID: String) throws {
        for table in ["method", "setup", "recoveryCode"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE userID = ?", arguments: [userID])
        }
    }

    @discardableResult
    static func deleteSessions(_ db: Database, userID: String, keeping: String?) throws -> Int {
        var sessions = SessionRecord.filter(Column("userID") == userID)
        if let keeping { sessions = sessions.filter(Column("id") != keeping) }
        return try sessions.deleteAll(db)
    }
}
