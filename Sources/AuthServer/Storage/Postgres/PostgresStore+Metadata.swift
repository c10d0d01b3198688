import PostgresNIO

extension PostgresStore: MetadataStore {
    public func settleMetadata(_ name: String, value: String) async throws -> String {
        try await transaction { connection in
            try await connection.query(
                "INSERT INTO metadata (name, value) VALUES (\(name), \(value)) ON CONFLICT (name) DO NOTHING",
                logger: self.logger)
            return try await connection.rows("SELECT value FROM metadata WHERE name = \(name)", logger: self.logger)
                .first?.decode(String.self) ?? value
        }
    }

    public func metadata(_ name: String) async throws -> String? {
        try await rows("SELECT value FROM metadata WHERE name = \(name)").first?.decode(String.self)
    }

    public func hasSealedSecrets() async throws -> Bool {
        try await rows("SELECT EXISTS (SELECT 1 FROM methods) OR EXISTS (SELECT 1 FROM setups)").first?.decode(Bool.self)
            ?? false
    }
}
