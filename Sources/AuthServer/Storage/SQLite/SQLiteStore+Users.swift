import GRDB

extension SQLiteStore: UserStore {
    public func insertUser(_ user: UserRecord) async throws {
        do {
            try await database.write { db in try user.insert(db) }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.duplicateEmail
        }
    }

    public func updateUser(_ user: UserRecord) async throws {
        try await database.write { db in try user.update(db) }
    }

    public func user(id: String) async throws -> UserRecord? {
        try await database.read { db in try UserRecord.fetchOne(db, key: id) }
    }

    public func user(email: String) async throws -> UserRecord? {
        try await database.read { db in
            try UserRecord.filter(Column("email") == email).fetchOne(db)
        }
    }

    public func users() async throws -> [UserRecord] {
        try await database.read { db in try UserRecord.order(Column("email")).fetchAll(db) }
    }
}
