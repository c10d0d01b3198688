import Foundation
import PostgresNIO

extension PostgresStore: CodeStore {
    public func issueCode(_ code: OneTimeCodeRecord) async throws {
        _ = try await rows(
            """
            INSERT INTO one_time_codes (\(unescaped: OneTimeCodeRecord.columns))
            VALUES (\(code.purpose.rawValue), \(code.subject), \(code.codeHash), \(code.expiresAt), \(code.failedAttempts))
            ON CONFLICT (purpose, subject) DO UPDATE SET code_hash = EXCLUDED.code_hash,
                expires_at = EXCLUDED.expires_at, failed_attempts = EXCLUDED.failed_attempts
            """)
    }

    public func redeemCode(
        purpose: OneTimeCodeRecord.Purpose, subject: String, codeHash: String, at now: Date, maxFailures: Int
    ) async throws -> CodeRedemption {
        try await transaction { connection in
            let logger = self.logger
            let key = purpose.rawValue
            guard let row = try await connection.rows(
                """
                SELECT \(unescaped: OneTimeCodeRecord.columns) FROM one_time_codes
                WHERE purpose = \(key) AND subject = \(subject) FOR UPDATE
                """, logger: logger
            ).first else { return .missing }
            let code = try OneTimeCodeRecord(row)
            let matches = ConstantTime.equals(code.codeHash, codeHash)
            let outcome: CodeRedemption = code.expiresAt <= now ? .expired : matches ? .redeemed : .wrong
            if outcome == .wrong, code.failedAttempts + 1 < maxFailures {
                try await connection.query(
                    """
                    UPDATE one_time_codes SET failed_attempts = failed_attempts + 1
                    WHERE purpose = \(key) AND subject = \(subject)
                    """, logger: logger)
            } else {
                try await connection.query(
                    "DELETE FROM one_time_codes WHERE purpose = \(key) AND subject = \(subject)", logger: logger)
            }
            return outcome
        }
    }

    public func replaceRecoveryCodes(userID: String, hashes: [String], audit: AuditEvent) async throws {
        try await transaction { connection in
            let logger = self.logger
            try await connection.query("DELETE FROM recovery_codes WHERE user_id = \(userID)", logger: logger)
            for hash in hashes {
                try await connection.query(
                    "INSERT INTO recovery_codes (user_id, code_hash) VALUES (\(userID), \(hash))", logger: logger)
            }
            try await connection.query(audit.insert, logger: logger)
        }
    }

    public func consumeRecoveryCode(userID: String, hash: String, audit: AuditEvent) async throws -> Bool {
        try await transaction { connection in
            guard try await !connection.rows(
                "DELETE FROM recovery_codes WHERE user_id = \(userID) AND code_hash = \(hash) RETURNING 1", logger: self.logger
            ).isEmpty else { return false }
            try await connection.query(audit.insert, logger: self.logger)
            return true
        }
    }
}
