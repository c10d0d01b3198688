import Foundation
import GRDB

extension SQLiteStore: CodeStore {
    public func issueCode(_ code: OneTimeCodeRecord) async throws {
        try await write { db in try code.upsert(db) }
    }

    public func redeemCode(
        purpose: OneTimeCodeRecord.Purpose, subject: String, codeHash: String, at now: Date, maxFailures: Int
    ) async throws -> CodeRedemption {
        try await write { db in
            let key: [String: any DatabaseValueConvertible] = ["purpose": purpose.rawValue, "subject": subject]
            guard let code = try OneTimeCodeRecord.fetchOne(db, key: key) else { return .missing }
            guard code.expiresAt > now else {
                try OneTimeCodeRecord.deleteOne(db, key: key)
                return .expired
            }
            if ConstantTime.equals(code.codeHash, codeHash) {
                try OneTimeCodeRecord.deleteOne(db, key: key)
                return .redeemed
            }
            if code.failedAttempts + 1 >= maxFailures {
                try OneTimeCodeRecord.deleteOne(db, key: key)
            } else {
                try db.execute(
                    sql: "UPDATE oneTimeCode SET failedAttempts = failedAttempts + 1 WHERE purpose = ? AND subject = ?",
                    arguments: [purpose.rawValue, subject])
            }
            return .wrong
        }
    }

    public func replaceRecoveryCodes(userID: String, hashes: [String], audit: AuditEvent) async throws {
        try await write { db in
            try db.execute(sql: "DELETE FROM recoveryCode WHERE userID = ?", arguments: [userID])
            for hash in hashes {
                try db.execute(
                    sql: "INSERT INTO recoveryCode (userID, codeHash) VALUES (?, ?)", arguments: [userID, hash])
            }
            try audit.insertRow(db)
        }
    }

    public func consumeRecoveryCode(userID: String, hash: String, audit: AuditEvent) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: "DELETE FROM recoveryCode WHERE userID = ? AND codeHash = ?", arguments: [userID, hash])
            guard db.changesCount == 1 else { return false }
            try audit.insertRow(db)
            return true
        }
    }
}
