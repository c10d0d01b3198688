import Foundation
import PostgresNIO

extension PostgresStore: MethodStore {
    public func methods(userID: String) async throws -> [MethodRecord] {
        try await rows(
            "SELECT \(unescaped: MethodRecord.columns) FROM methods WHERE user_id = \(userID) ORDER BY created_at, id"
        ).map(MethodRecord.init)
    }

    public func mfaStatus(userID: String) async throws -> MFARecords {
        try PostgresMFARecords.read(try await rows(MFARecordsOfAccount(userID: userID)))
    }

    public func claimCounter(_ counter: Int64, methodID: String, at time: Date) async throws -> Bool {
        try await !rows(
            """
            UPDATE methods SET last_counter = \(counter), last_used_at = \(time)
            WHERE id = \(methodID) AND (last_counter IS NULL OR last_counter < \(counter)) RETURNING 1
            """
        ).isEmpty
    }

    public func markMethodUsed(id: String, at time: Date) async throws {
        _ = try await rows("UPDATE methods SET last_used_at = \(time) WHERE id = \(id)")
    }

    public func renameMethod(id: String, userID: String, label: String, audit: AuditEvent) async throws -> MethodRecord? {
        try await transaction { connection in
            guard let row = try await connection.rows(
                """
                UPDATE methods SET label = \(label) WHERE id = \(id) AND user_id = \(userID)
                RETURNING \(unescaped: MethodRecord.columns)
                """, logger: self.logger
            ).first else { return nil }
            try await connection.query(audit.insert, logger: self.logger)
            return try MethodRecord(row)
        }
    }

    public func removeMethod(id: String, userID: String, audit: AuditEvent) async throws -> MethodRemoval {
        try await transaction { connection in
            let logger = self.logger
            // The account's row, locked: removals and enabling of one account happen one after the other.
            guard let mfaEnabled = try await connection.rows(
                "SELECT mfa_enabled FROM users WHERE id = \(userID) FOR UPDATE", logger: logger
            ).first?.decode(Bool.self) else { return .notFound }
            let methods = try await connection.rows(
                "SELECT \(unescaped: MethodRecord.columns) FROM methods WHERE user_id = \(userID)", logger: logger
            ).map(MethodRecord.init)
            guard let method = methods.first(where: { $0.id == id }) else { return .notFound }
            if mfaEnabled, methods.count == 1 { return .lastMethod }
            try await connection.query("DELETE FROM methods WHERE id = \(id)", logger: logger)
            try await connection.query(audit.insert, logger: logger)
            return .removed(method)
        }
    }

    public func insertSetup(_ setup: SetupRecord, audit: AuditEvent) async throws {
        try await transaction { connection in
            try await connection.query(setup.insert, logger: self.logger)
            try await connection.query(audit.insert, logger: self.logger)
        }
    }

    public func setup(id: String) async throws -> SetupRecord? {
        try await rows("SELECT \(unescaped: SetupRecord.columns) FROM setups WHERE id = \(id)").first.map(SetupRecord.init)
    }

    public func deleteSetup(id: String) async throws {
        _ = try await rows("DELETE FROM setups WHERE id = \(id)")
    }

    public func reserveSetupAttempt(id: String, userID: String, at now: Date, limit: Int) async throws -> Bool {
        try await !rows(
            """
            UPDATE setups SET attempts = attempts + 1
            WHERE id = \(id) AND user_id = \(userID) AND expires_at > \(now) AND attempts < \(limit) RETURNING 1
            """
        ).isEmpty
    }

    public func completeSetup(id: String, userID: String, as method: MethodRecord, audit: AuditEvent) async throws -> Bool {
        try await transaction { connection in
            guard try await !connection.rows(
                "DELETE FROM setups WHERE id = \(id) AND user_id = \(userID) RETURNING 1", logger: self.logger
            ).isEmpty else { return false }
            try await connection.query(method.insert, logger: self.logger)
            try await connection.query(audit.insert, logger: self.logger)
            return true
        }
    }
}
