import AuthModel
import Foundation
import OTP

/// Checks a code from a registered method (TOTP or SMS) or a recovery code; each code works once.
struct SecondFactor: Sendable {
    let services: Services

    /// The method id for recovery codes.
    static let recovery = SubmitCodeRequest.recoveryMethod

    /// `verify` as an attempt of the account's second factor: reserved first, a wrong, reused or
    /// expired code counted, a right one clearing the count. `reserveFirst` (a sign-in flow's own
    /// count) runs once the account and client have room, before the code is checked.
    func verifyCounted(
        code: String, methodID: String, user: UserRecord, origin: ClientOrigin,
        reserveFirst: () async throws -> Void = {}
    ) async throws {
        let method = ResourceID.isValid(methodID)
            ? try await services.store.methods(userID: user.id).first { $0.id == methodID } : nil
        let isRecovery = methodID == Self.recovery
        try await services.attempts.judge(
            .secondFactor, email: user.email, user: user, origin: origin, failure: .codeFailed,
            detail: isRecovery ? "recovery code" : method?.label ?? "unknown method"
        ) {
            try await reserveFirst()
            if isRecovery {
                try await useRecoveryCode(code, user: user, origin: origin)
            } else {
                try await verify(code: code, method: method)
            }
        }
        if isRecovery {
            let left = try await services.store.mfaStatus(userID: user.id).recoveryCodes
            services.notifier.mail(.recoveryCodeUsed(left: left), to: user)
        }
    }

    /// Accepts the code of `method` or throws `invalid_code` (also for no method), `code_reused` or `code_expired`.
    private func verify(code: String, method: MethodRecord?) async throws {
        guard let method else { throw APIError.invalidCode }
        let code = CodeDigest.normalized(code)
        switch method.kind {
        case .totp:
            let secret = try services.secretBox.open(method.sealedSecret, for: .method(id: method.id, userID: method.userID))
            let counter = try matchTOTP(code, secret: secret)
            guard try await services.store.claimCounter(Int64(counter), methodID: method.id, at: services.clock.now)
            else { throw APIError(.codeReused, "This code was used already; wait for the next one.") }
        case .sms:
            try await OneTimeCodes(services: services).redeem(code, purpose: .signIn, subject: method.id)
            try await services.store.markMethodUsed(id: method.id, at: services.clock.now)
        }
    }

    private func useRecoveryCode(_ code: String, user: UserRecord, origin: ClientOrigin) async throws {
        let used = try await services.store.consumeRecoveryCode(
            userID: user.id, hash: recoveryDigest(code, userID: user.id),
            audit: services.audit.event(.recoveryCodeUsed, user: user, origin: origin))
        guard used else { throw APIError.invalidCode }
    }

    /// How a recovery code is kept: a keyed digest of the code as typed, bound to its account.
    func recoveryDigest(_ code: String, userID: String) -> String {
        services.recoveryCodeDigest.hex(userID + ":" + CodeDigest.normalized(code))
    }

    /// The TOTP step `code` matches for `secret` now, or `invalid_code`.
    func matchTOTP(_ code: String, secret: [UInt8]) throws -> UInt64 {
        guard code.count == 6, code.allSatisfy(\.isASCIIDigit),
              let counter = TOTP(secret: secret).match(
                code, at: services.clock.now, skew: services.configuration.totpSkew)
        else { throw APIError.invalidCode }
        return counter
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
