import AuthModel
import Foundation
import PostgresNIO

extension PostgresStore: UserStore {
    public func insertUser(_ user: UserRecord, audit: AuditEvent) async throws {
        do {
            try await transaction { connection in
                try await connection.query(user.insert, logger: self.logger)
                try await connection.query(audit.insert, logger: self.logger)
            }
        } catch where Self.sqlState(of: error) == "23505" {
            throw StoreError.duplicateEmail
        }
    }

    public func user(id: String) async throws -> UserRecord? {
        try await rows("SELECT \(unescaped: UserRecord.columns) FROM users WHERE id = \(id)").first.map { try UserRecord($0) }
    }

    public func user(email: String) async throws -> UserRecord? {
        try await rows("SELECT \(unescaped: UserRecord.columns) FROM users WHERE email = \(email)").first.map { try UserRecord($0) }
    }

    public func users() async throws -> [UserRecord] {
        try await rows("SELECT \(unescaped: UserRecord.columns) FROM users ORDER BY email").map { try UserRecord($0) }
    }

    public func replacePasswordHash(userID: String, from old: String, to new: String) async throws -> Bool {
        try await !rows(
            "UPDATE users SET password_hash = \(new) WHERE id = \(userID) AND password_hash = \(old) RETURNING 1"
        ).isEmpty
    }

    public func setPassword(
        userID: String, hash: String, at time: Date, keepingSession: String?, clearingMFA: Bool, audit: AuditEvent
    ) async throws {
        try await transaction { connection in
            let logger = self.logger
            try await connection.query(
                "UPDATE users SET password_hash = \(hash), password_changed_at = \(time) WHERE id = \(userID)", logger: logger)
            try await Self.deleteSessions(connection, userID: userID, keeping: keepingSession, logger: logger)
            if clearingMFA { try await Self.clearMethods(connection, userID: userID, logger: logger) }
            try await connection.query(audit.insert, logger: logger)
        }
    }

    public func setLanguage(userID: String, _ language: Language, audit: AuditEvent) async throws -> Bool {
        try await transaction { connection in
            guard try await !connection.rows(
                "UPDATE users SET language = \(language.rawValue) WHERE id = \(userID) RETURNING 1", logger: self.logger
            ).isEmpty else { return false }
            try await connection.query(audit.insert, logger: self.logger)
            return true
        }
    }

    public func enableMFA(userID: String, audit: AuditEvent) async throws -> MFAEnabling {
        try await transaction { connection in
            let logger = self.logger
            // The account's row, locked: a removal of its methods waits for this step, and this one for it.
            guard let enabled = try await connection.rows(
                "SELECT mfa_enabled FROM users WHERE id = \(userID) FOR UPDATE", logger: logger
            ).first?.decode(Bool.self), !enabled
            else { return .alreadyEnabled }
            guard try await !connection.rows("SELECT 1 FROM methods WHERE user_id = \(userID) LIMIT 1", logger: logger).isEmpty
            else { return .noMethods }
            try await connection.query("UPDATE users SET mfa_enabled = true WHERE id = \(userID)", logger: logger)
            try await connection.query(audit.insert, logger: logger)
            return .enabled
        }
    }

    public func resetMFA(userID: String, audit: AuditEvent) async throws {
        try await transaction { connection in
            let logger = self.logger
            try await connection.query("UPDATE users SET mfa_enabled = false WHERE id = \(userID)", logger: logger)
            try await Self.clearMethods(connection, userID: userID, logger: logger)
            try await Self.deleteSessions(connection, userID: userID, keeping: nil, logger: logger)
            try await connection.query(audit.insert, logger: logger)
        }
    }

    /// Removes every method, pending setup and recovery code of the user.
    static func clearMethods(_ connection: PostgresConnection, userID: String, logger: Logger) async throws {
        try await connection.query("DELETE FROM methods WHERE user_id = \(userID)", logger: logger)
        try await connection.query("DELETE FROM setups WHERE user_id = \(userID)", logger: logger)
        try await connection.query("DELETE FROM recovery_codes WHERE user_id = \(userID)", logger: logger)
    }

    /// Deletes the user's sessions but `keeping`; how many went.
    @discardableResult
    static func deleteSessions(_ connection: PostgresConnection, userID: String, keeping: String?, logger: Logger)
        async throws -> Int
    {
        try await connection.rows(
            "DELETE FROM sessions WHERE user_id = \(userID) AND id IS DISTINCT FROM \(keeping) RETURNING 1", logger: logger
        ).count
    }
}
