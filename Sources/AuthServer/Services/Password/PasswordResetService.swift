import AuthModel
import Foundation

/// Forgot password: a code by mail (15 minutes, single use), then a new password. The reset signs
/// every session out and, by policy, clears the MFA methods while MFA stays enabled.
///
/// Someone who knows only the e-mail address guesses reset codes at most `lockoutThreshold` times
/// a lockout round, the rounds growing to `lockoutMaxDuration`: about 87,600 guesses a year with the
/// defaults, against codes of `codeDigits` digits, so under a 0.001% chance of a reset in a year.
struct PasswordResetService: Sendable {
    let services: Services

    static let codeLifetime: TimeInterval = 15 * 60
    static let codeDigits = 10

    /// Always the same answer; a mail goes out only for a registered e-mail within its budgets.
    func forgot(_ request: ForgotPasswordRequest, origin: ClientOrigin) async throws {
        let email = try EmailAddress.normalized(request.email)
        try await services.throttle.spend(.resetMail, address: origin)
        guard let user = try await services.store.user(email: email) else {
            try await services.audit.record(.passwordResetRequested, email: email, origin: origin, detail: "no such account")
            return
        }
        do {
            try await services.throttle.spend(.resetMail, account: email)
        } catch let error as APIError where error.code == .rateLimited {
            try await services.audit.record(
                .passwordResetRequested, user: user, origin: origin, detail: "over the mail budget, no mail sent")
            return
        }
        let code = try await OneTimeCodes(services: services).issue(
            purpose: .passwordReset, subject: user.id, lifetime: Self.codeLifetime, digits: Self.codeDigits)
        try await services.audit.record(.passwordResetRequested, user: user, origin: origin)
        services.notifier.mail(.resetCode(Self.grouped(code), minutes: Int(Self.codeLifetime / 60)), to: user)
    }

    /// Sets a new password with a mailed code. Wrong codes count against the account, whichever
    /// code they were meant for; the new password also forgets the failures of the old one.
    func reset(_ request: ResetPasswordRequest, origin: ClientOrigin) async throws {
        let email = try EmailAddress.normalized(request.email)
        let passwords = services.passwords
        try passwords.ensureAcceptable(request.newPassword, email: email)
        let found = try await services.store.user(email: email)
        let user = try await services.attempts.judge(
            .resetCode, email: email, user: found, origin: origin, failure: .resetCodeFailed
        ) {
            guard let found else { throw APIError.invalidCode }
            try await OneTimeCodes(services: services).redeem(request.code, purpose: .passwordReset, subject: found.id)
            return found
        }
        let clearMFA = services.configuration.onPasswordReset == .clearMFA
        try await services.store.setPassword(
            userID: user.id, hash: try await passwords.hash(request.newPassword), at: services.clock.now,
            keepingSession: nil, clearingMFA: clearMFA,
            audit: services.audit.event(.passwordReset, user: user, origin: origin))
        try await services.throttle.clear(ThrottleKey.failures(.password, email))
        services.notifier.mail(.passwordReset(methodsCleared: clearMFA && user.mfaEnabled), to: user)
    }

    /// `4821093755` as `48210-93755`, easier to read and type (the dash may be typed or left out).
    private static func grouped(_ code: String) -> String {
        String(code.prefix(code.count / 2)) + "-" + String(code.suffix(code.count - code.count / 2))
    }
}
