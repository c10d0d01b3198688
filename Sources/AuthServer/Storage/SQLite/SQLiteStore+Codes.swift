import GRDB

extension SQLiteStore: CodeStore {
    public func saveCode(_ code: OneTimeCodeRecord) async throws {
        try await database.write { db in try code.upsert(db) }
    }

    public func code(purpose: OneTimeCodeRecord.Purpose, subject: String) async throws -> OneTimeCodeRecord? {
        try await database.read { db in
            try OneTimeCodeRecord.fetchOne(db, key: ["purpose": purpose.rawValue, "subject": subject])
        }
    }

    @discardableResult
    public func deleteCode(purpose: OneTimeCodeRecord.Purpose, subject: String) async throws -> Bool {
        try await database.write { db in
            try OneTimeCodeRecord.deleteOne(db, key: ["purpose": purpose.rawValue, "subject": subject])
        }
    }

    public func replaceRecoveryCodes(userID: String, hashes: [String]) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM recoveryCode WHERE userID = ?", arguments: [userID])
            for hash in hashes {
                try db.execute(
                    sql: "INSERT INTO recoveryCode (userID, codeHash) VALUES (?, ?)", arguments: [userID, hash])
            }
        }
    }

    public func consumeRecoveryCode(userID: String, hash: String) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: "DELETE FROM recoveryCode WHERE userID = ? AND codeHash = ?", arguments: [userID, hash])
            return db.changesCount == 1
        }
    }

    public func recoveryCodeCount(userID: String) async throws -> Int {
        try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM recoveryCode WHERE userID = ?", arguments: [userID]) ?? 0
        }
    }
}
