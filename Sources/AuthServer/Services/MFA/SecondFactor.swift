import AuthModel
import Foundation

/// Checks a code from a registered method (TOTP or SMS) or a recovery code; each code works once.
struct SecondFactor: Sendable {
    let services: Services

    /// The method id for recovery codes.
    static let recovery = SubmitCodeRequest.recoveryMethod

    /// `verify` under the lockout and address limits: a wrong, reused or expired code counts as a failure.
    func verifyCounted(code: String, methodID: String, user: UserRecord, origin: ClientOrigin) async throws {
        let attempts = services.attempts
        try await attempts.ensureAllowed(email: user.email, origin: origin)
        do {
            try await verify(code: code, methodID: methodID, user: user)
        } catch let error as APIError where [.invalidCode, .codeReused, .codeExpired].contains(error.code) {
            try await services.audit.record(.codeFailed, user: user, origin: origin, detail: methodID)
            try await attempts.fail(error, email: user.email, user: user, origin: origin)
        }
        try await attempts.succeed(email: user.email)
        if methodID == Self.recovery { try await services.audit.record(.recoveryCodeUsed, user: user, origin: origin) }
    }

    /// Accepts the code or throws `invalid_code` (also for an unknown method), `code_reused` or `code_expired`.
    /// Failures are not counted here: callers count them against the account.
    func verify(code: String, methodID: String, user: UserRecord) async throws {
        let code = CodeDigest.normalized(code)
        if methodID == Self.recovery {
            guard try await services.store.consumeRecoveryCode(
                userID: user.id, hash: CodeDigest.of(code, for: user.id))
            else { throw APIError.invalidCode }
            return
        }
        let methods = try await services.store.methods(userID: user.id)
        guard let method = methods.first(where: { $0.id == methodID }) else { throw APIError.invalidCode }
        switch method.kind {
        case .totp: try await verifyTOTP(code, method: method)
        case .sms: try await verifySMS(code, method: method)
        }
    }

    /// The TOTP step `code` matches for `secret` now, or `invalid_code`.
    func matchTOTP(_ code: String, secret: [UInt8]) throws -> UInt64 {
        guard code.count == 6, code.allSatisfy(\.isASCIIDigit),
              let counter = TOTP(secret: secret).match(
                code, at: services.clock.now, skew: services.configuration.totpSkew)
        else { throw APIError.invalidCode }
        return counter
    }

    private func verifyTOTP(_ code: String, method: MethodRecord) async throws {
        let counter = try matchTOTP(code, secret: try services.secretBox.open(method.sealedSecret))
        guard try await services.store.claimCounter(Int64(counter), methodID: method.id, at: services.clock.now)
        else { throw APIError(.codeReused, "This code was used already; wait for the next one.") }
    }

    private func verifySMS(_ code: String, method: MethodRecord) async throws {
        try await OneTimeCodes(services: services).redeem(code, purpose: .signIn, subject: method.id)
        var used = method
        used.lastUsedAt = services.clock.now
        try await services.store.updateMethod(used)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
