import PostgresNIO

extension PostgresStore: MaintenanceStore {
    public func migrate() async throws -> SchemaMigration {
        try await client.withConnection { connection in
            try await PostgresMigrations.migrate(connection, logger: self.logger)
        }
    }

    public func ping() async throws {
        _ = try await rows("SELECT 1")
    }

    public func contents() async throws -> StoreContents {
        try await transaction { connection in
            let logger = self.logger
            func all<Record: PostgresRecord>(_ type: Record.Type, order: String = "", _ make: (PostgresRow) throws -> Record)
                async throws -> [Record]
            {
                try await connection.rows(
                    "SELECT \(unescaped: Record.columns) FROM \(unescaped: Record.table) \(unescaped: order)", logger: logger
                ).map(make)
            }
            var contents = StoreContents()
            contents.users = try await all(UserRecord.self) { try UserRecord($0) }
            contents.sessions = try await all(SessionRecord.self, SessionRecord.init)
            contents.retiredRemembers = try await all(RetiredRemember.self, RetiredRemember.init)
            contents.flows = try await all(SignInFlowRecord.self, SignInFlowRecord.init)
            contents.methods = try await all(MethodRecord.self, MethodRecord.init)
            contents.setups = try await all(SetupRecord.self, SetupRecord.init)
            contents.codes = try await all(OneTimeCodeRecord.self, OneTimeCodeRecord.init)
            contents.recoveryCodes = try await all(RecoveryCodeRow.self, RecoveryCodeRow.init)
            contents.audit = try await all(AuditEvent.self, order: "ORDER BY seq", AuditEvent.init)
            contents.throttles = try await all(ThrottleRecord.self, ThrottleRecord.init)
            for row in try await connection.rows("SELECT name, value FROM metadata", logger: logger) {
                let (name, value) = try row.decode((String, String).self)
                contents.metadata[name] = value
            }
            return contents
        }
    }

    public func load(_ contents: StoreContents) async throws {
        try await transaction { connection in
            let logger = self.logger
            guard try await connection.rows("SELECT 1 FROM users LIMIT 1", logger: logger).isEmpty else {
                throw StoreError.notEmpty
            }
            func insert(_ records: [any PostgresRecord]) async throws {
                for record in records { try await connection.query(record.insert, logger: logger) }
            }
            try await insert(contents.users)
            try await insert(contents.sessions)
            try await insert(contents.retiredRemembers)
            try await insert(contents.flows)
            try await insert(contents.methods)
            try await insert(contents.setups)
            try await insert(contents.codes)
            try await insert(contents.recoveryCodes)
            try await insert(contents.audit)
            for throttle in contents.throttles { try await connection.query(throttle.upsert, logger: logger) }
            for (name, value) in contents.metadata {
                try await connection.query(
                    "INSERT INTO metadata (name, value) VALUES (\(name), \(value)) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value",
                    logger: logger)
            }
        }
    }
}
