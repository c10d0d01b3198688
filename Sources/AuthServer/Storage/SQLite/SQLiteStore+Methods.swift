import Foundation
import GRDB

extension SQLiteStore: MethodStore {
    public func insertMethod(_ method: MethodRecord) async throws {
        try await database.write { db in try method.insert(db) }
    }

    public func updateMethod(_ method: MethodRecord) async throws {
        try await database.write { db in try method.update(db) }
    }

    public func methods(userID: String) async throws -> [MethodRecord] {
        try await database.read { db in
            try MethodRecord.filter(Column("userID") == userID).order(Column("createdAt"), Column("id")).fetchAll(db)
        }
    }

    public func deleteMethod(id: String) async throws {
        _ = try await database.write { db in try MethodRecord.deleteOne(db, key: id) }
    }

    public func claimCounter(_ counter: Int64, methodID: String, at time: Date) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: """
                    UPDATE method SET lastCounter = ?, lastUsedAt = ?
                    WHERE id = ? AND (lastCounter IS NULL OR lastCounter < ?)
                    """,
                arguments: [counter, time, methodID, counter])
            return db.changesCount == 1
        }
    }

    public func insertSetup(_ setup: SetupRecord) async throws {
        try await database.write { db in
            try SetupRecord.filter(Column("expiresAt") < setup.expiresAt.addingTimeInterval(-86_400)).deleteAll(db)
            try setup.insert(db)
        }
    }

    public func setup(id: String) async throws -> SetupRecord? {
        try await database.read { db in try SetupRecord.fetchOne(db, key: id) }
    }

    public func deleteSetup(id: String) async throws {
        _ = try await database.write { db in try SetupRecord.deleteOne(db, key: id) }
    }

    public func clearMFA(userID: String) async throws {
        try await database.write { db in
            try MethodRecord.filter(Column("userID") == userID).deleteAll(db)
            try SetupRecord.filter(Column("userID") == userID).deleteAll(db)
            try db.execute(sql: "DELETE FROM recoveryCode WHERE userID = ?", arguments: [userID])
        }
    }
}
