import Foundation

/// Short-lived single-use codes sent by SMS or mail: issued, then redeemed once.
struct OneTimeCodes: Sendable {
    let services: Services

    /// Wrong tries allowed for one code before it is thrown away.
    static let maxFailedAttempts = 5

    /// A fresh code of `digits` digits for `subject`, replacing an earlier one; only its digest is kept.
    func issue(purpose: OneTimeCodeRecord.Purpose, subject: String, lifetime: TimeInterval, digits: Int = 6)
        async throws -> String
    {
        let code = SecureRandom.digits(digits)
        try await services.store.issueCode(
            OneTimeCodeRecord(
                purpose: purpose, subject: subject, codeHash: CodeDigest.of(code, for: subject),
                expiresAt: services.clock.now.addingTimeInterval(lifetime), failedAttempts: 0))
        return code
    }

    /// Uses up the code, or throws `invalid_code` or `code_expired`; a wrong code counts against it.
    func redeem(_ code: String, purpose: OneTimeCodeRecord.Purpose, subject: String) async throws {
        let outcome = try await services.store.redeemCode(
            purpose: purpose, subject: subject, codeHash: CodeDigest.of(CodeDigest.normalized(code), for: subject),
            at: services.clock.now, maxFailures: Self.maxFailedAttempts)
        switch outcome {
        case .redeemed: return
        case .wrong, .missing: throw APIError.invalidCode
        case .expired: throw APIError(.codeExpired, "The code has expired; ask for a new one.")
        }
    }
}
