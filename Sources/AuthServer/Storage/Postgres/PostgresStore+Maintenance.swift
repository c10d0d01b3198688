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
            func all<T>(_ columns: String, _ table: String, order: String = "", _ make: (PostgresRow) throws -> T)
                async throws -> [T]
            {
                try await connection.rows("SELECT \(unescaped: columns) FROM \(unescaped: table) \(unescaped: order)", logger: logger)
                    .map(make)
            }
            var contents = StoreContents()
            contents.users = try await all(UserRecord.columns, "users") { try UserRecord($0) }
            contents.sessions = try await all(SessionRecord.columns, "sessions", SessionRecord.init)
            contents.retiredRemembers = try await all(RetiredRemember.columns, "retired_remembers", RetiredRemember.init)
            contents.flows = try await all(SignInFlowRecord.columns, "sign_in_flows", SignInFlowRecord.init)
            contents.methods = try await all(MethodRecord.columns, "methods", MethodRecord.init)
            contents.setups = try await all(SetupRecord.columns, "setups", SetupRecord.init)
            contents.codes = try await all(OneTimeCodeRecord.columns, "one_time_codes", OneTimeCodeRecord.init)
            contents.recoveryCodes = try await all("user_id, code_hash", "recovery_codes", RecoveryCodeRow.init)
            contents.audit = try await all(AuditEvent.columns, "audit_events", order: "ORDER BY seq", AuditEvent.init)
            contents.throttles = try await all(ThrottleRecord.columns, "throttles", ThrottleRecord.init)
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
            let inserts: [PostgresQuery] = contents.users.map(\.insert) + contents.sessions.map(\.insert)
                + contents.retiredRemembers.map(\.insert) + contents.flows.map(\.insert) + contents.methods.map(\.insert)
                + contents.setups.map(\.insert) + contents.codes.map(\.insert)
                + contents.recoveryCodes.map {
                    "INSERT INTO recovery_codes (user_id, code_hash) VALUES (\($0.userID), \($0.codeHash))"
                }
                + contents.audit.map(\.insert) + contents.throttles.map(\.upsert)
                + contents.metadata.map { name, value in
                    "INSERT INTO metadata (name, value) VALUES (\(name), \(value)) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value"
                }
            for insert in inserts { try await connection.query(insert, logger: logger) }
        }
    }
}
