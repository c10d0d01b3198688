import Foundation
import GRDB

extension SQLiteStore: MethodStore {
    public func methods(userID: String) async throws -> [MethodRecord] {
        try readNow { db in
            try MethodRecord.filter(Column("userID") == userID).order(Column("createdAt"), Column("id")).fetchAll(db)
        }
    }

    public func mfaStatus(userID: String) async throws -> MFARecords {
        try readNow { db in
            try StatementRows.read(db.cachedStatement(sql: Self.mfaRecordsSQL), arguments: [userID]) { rows in
                guard try rows.next() else { return MFARecords(methods: [], recoveryCodes: 0) }
                return try SQLiteMFARecords.read(rows, from: 0)
            }
        }
    }

    private static let mfaRecordsSQL = """
        SELECT \(SQLiteMFARecords.columns(of: "account.userID")) FROM (SELECT ? AS userID) AS account
        \(SQLiteMFARecords.join("account.userID", where: "1"))
        """

    public func claimCounter(_ counter: Int64, methodID: String, at time: Date) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE method SET lastCounter = ?, lastUsedAt = ?
                    WHERE id = ? AND (lastCounter IS NULL OR lastCounter < ?)
                    """,
                arguments: [counter, time, methodID, counter])
            return db.changesCount == 1
        }
    }

    public func markMethodUsed(id: String, at time: Date) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE method SET lastUsedAt = ? WHERE id = ?", arguments: [time, id])
        }
    }

    public func renameMethod(id: String, userID: String, label: String, audit: AuditEvent) async throws -> MethodRecord? {
        try await write { db in
            try db.execute(sql: "UPDATE method SET label = ? WHERE id = ? AND userID = ?", arguments: [label, id, userID])
            guard db.changesCount == 1 else { return nil }
            try audit.insertRow(db)
            return try MethodRecord.fetchOne(db, key: id)
        }
    }

    public func removeMethod(id: String, userID: String, audit: AuditEvent) async throws -> MethodRemoval {
        // One write transaction at a time: the count read here cannot change before the delete.
        try await write { db in
            guard let method = try MethodRecord.filter(Column("id") == id && Column("userID") == userID).fetchOne(db)
            else { return .notFound }
            let mfaEnabled = try Bool.fetchOne(db, sql: "SELECT mfaEnabled FROM user WHERE id = ?", arguments: [userID])
            if mfaEnabled == true, try MethodRecord.filter(Column("userID") == userID).fetchCount(db) == 1 {
                return .lastMethod
            }
            try method.delete(db)
            try audit.insertRow(db)
            return .removed(method)
        }
    }

    public func insertSetup(_ setup: SetupRecord, audit: AuditEvent) async throws {
        try await write { db in
            try setup.insert(db)
            try audit.insertRow(db)
        }
    }

    public func setup(id: String) async throws -> SetupRecord? {
        try readNow { db in try SetupRecord.fetchOne(db, key: id) }
    }

    public func deleteSetup(id: String) async throws {
        _ = try await write { db in try SetupRecord.deleteOne(db, key: id) }
    }

    public func reserveSetupAttempt(id: String, userID: String, at now: Date, limit: Int) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: "UPDATE setup SET attempts = attempts + 1 WHERE id = ? AND userID = ? AND expiresAt > ? AND attempts < ?",
                arguments: [id, userID, now, limit])
            return db.changesCount == 1
        }
    }

    public func completeSetup(id: String, userID: String, as method: MethodRecord, audit: AuditEvent) async throws -> Bool {
        try await write { db in
            guard try SetupRecord.filter(Column("id") == id && Column("userID") == userID).deleteAll(db) == 1 else {
                return false
            }
            try method.insert(db)
            try audit.insertRow(db)
            return true
        }
    }
}
