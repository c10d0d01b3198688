import GRDB

extension SQLiteStore: MetadataStore {
    public func settleMetadata(_ name: String, value: String) async throws -> String {
        try await database.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO metadata (name, value) VALUES (?, ?)", arguments: [name, value])
            return try String.fetchOne(db, sql: "SELECT value FROM metadata WHERE name = ?", arguments: [name]) ?? value
        }
    }

    public func metadata(_ name: String) async throws -> String? {
        try await database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM metadata WHERE name = ?", arguments: [name])
        }
    }

    public func hasSealedSecrets() async throws -> Bool {
        try await database.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM method) OR EXISTS (SELECT 1 FROM setup)") ?? false
        }
    }
}
