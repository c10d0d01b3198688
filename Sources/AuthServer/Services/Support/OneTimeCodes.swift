import Foundation

/// Short-lived single-use codes sent by SMS or mail: issued, then redeemed once.
struct OneTimeCodes: Sendable {
    let services: Services

    /// Wrong tries allowed for one code before it is thrown away.
    static let maxFailedAttempts = 5

    /// A fresh 6-digit code for `subject`, replacing an earlier one; only its digest is kept.
    func issue(purpose: OneTimeCodeRecord.Purpose, subject: String, lifetime: TimeInterval) async throws -> String {
        let code = SecureRandom.digits(6)
        try await services.store.saveCode(
            OneTimeCodeRecord(
                purpose: purpose, subject: subject, codeHash: CodeDigest.of(code, for: subject),
                expiresAt: services.clock.now.addingTimeInterval(lifetime), failedAttempts: 0))
        return code
    }

    /// Uses up the code, or throws `invalid_code` or `code_expired`.
    func redeem(_ code: String, purpose: OneTimeCodeRecord.Purpose, subject: String) async throws {
        let store = services.store
        guard var record = try await store.code(purpose: purpose, subject: subject) else { throw APIError.invalidCode }
        guard record.expiresAt > services.clock.now else {
            try await store.deleteCode(purpose: purpose, subject: subject)
            throw APIError(.codeExpired, "The code has expired; ask for a new one.")
        }
        guard ConstantTime.equals(record.codeHash, CodeDigest.of(CodeDigest.normalized(code), for: subject)) else {
            record.failedAttempts += 1
            if record.failedAttempts >= Self.maxFailedAttempts {
                try await store.deleteCode(purpose: purpose, subject: subject)
            } else {
                try await store.saveCode(record)
            }
            throw APIError.invalidCode
        }
        guard try await store.deleteCode(purpose: purpose, subject: subject) else { throw APIError.invalidCode }
    }
}
