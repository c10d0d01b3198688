import GRDB

extension SQLiteStore: SessionStore {
    public func updateSession(_ session: SessionRecord) async throws {
        try await database.write { db in try session.update(db) }
    }

    public func session(tokenHash: String) async throws -> SessionRecord? {
        try await database.read { db in
            try SessionRecord.filter(Column("tokenHash") == tokenHash).fetchOne(db)
        }
    }

    public func session(rememberHash: String) async throws -> SessionRecord? {
        try await database.read { db in
            try SessionRecord.filter(Column("rememberHash") == rememberHash).fetchOne(db)
        }
    }

    public func sessions(userID: String) async throws -> [SessionRecord] {
        try await database.read { db in
            try SessionRecord.filter(Column("userID") == userID).order(Column("createdAt")).fetchAll(db)
        }
    }

    public func rotateSession(rememberHash: String, to replacement: SessionRecord) async throws -> Bool {
        try await database.write { db in
            let removed = try SessionRecord.filter(Column("rememberHash") == rememberHash).deleteAll(db)
            guard removed == 1 else { return false }
            try replacement.insert(db)
            return true
        }
    }

    public func deleteSession(id: String, userID: String) async throws -> Bool {
        try await database.write { db in
            try SessionRecord.filter(Column("id") == id && Column("userID") == userID).deleteAll(db) > 0
        }
    }

    public func deleteSessions(userID: String, keeping: String?) async throws {
        try await database.write { db in
            var sessions = SessionRecord.filter(Column("userID") == userID)
            if let keeping { sessions = sessions.filter(Column("id") != keeping) }
            try sessions.deleteAll(db)
        }
    }
}
