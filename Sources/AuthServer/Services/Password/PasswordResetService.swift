import AuthModel
import Foundation

/// Forgot password: a code by mail (15 minutes, single use), then a new password. The reset signs
/// every session out and, by policy, clears the MFA methods while MFA stays enabled.
struct PasswordResetService: Sendable {
    let services: Services

    static let codeLifetime: TimeInterval = 15 * 60

    /// Always the same answer; a mail goes out only for a registered e-mail within its limits.
    func forgot(_ request: ForgotPasswordRequest, origin: ClientOrigin) async throws {
        let email = try EmailAddress.normalized(request.email)
        let configuration = services.configuration
        try await services.throttle.consume(configuration.addressSendLimit, ThrottleKey.addressSends(origin.address))
        guard let user = try await services.store.user(email: email) else { return }
        do {
            try await services.throttle.consume(configuration.accountSendLimit, ThrottleKey.accountSends(email))
        } catch is APIError {
            return
        }
        let code = try await OneTimeCodes(services: services).issue(
            purpose: .passwordReset, subject: user.id, lifetime: Self.codeLifetime)
        try await services.audit.record(.passwordResetRequested, user: user, origin: origin)
        services.notifier.mail(
            to: user.email, subject: "Your password reset code",
            body: """
                Hello \(user.displayName),

                Your password reset code is \(code). It is valid for 15 minutes and works once.

                If you did not ask for it, ignore this mail; your password stays as it is.
                """)
    }

    func reset(_ request: ResetPasswordRequest, origin: ClientOrigin) async throws {
        let email = try EmailAddress.normalized(request.email)
        let passwords = services.passwords
        try passwords.ensureAcceptable(request.newPassword, email: email)
        let failures = ThrottleKey.addressFailures(origin.address)
        try await services.throttle.ensureUnder(services.configuration.addressFailureLimit, failures)
        guard let found = try await services.store.user(email: email) else {
            try await services.throttle.count(failures)
            throw APIError.invalidCode
        }
        do {
            try await OneTimeCodes(services: services).redeem(request.code, purpose: .passwordReset, subject: found.id)
        } catch {
            try await services.throttle.count(failures)
            throw error
        }
        let user = try await passwords.withNewPassword(found, request.newPassword)
        try await services.store.updateUser(user)
        try await services.store.deleteSessions(userID: user.id, keeping: nil)
        try await services.throttle.clear(ThrottleKey.account(email))
        if services.configuration.onPasswordReset == .clearMFA {
            try await services.store.clearMFA(userID: user.id)
        }
        try await services.audit.record(.passwordReset, user: user, origin: origin)
        services.notifier.notice(
            user, subject: "Your password was reset",
            services.configuration.onPasswordReset == .clearMFA && user.mfaEnabled
                ? "Your password was reset and your verification methods were removed; set MFA up again when you sign in."
                : "Your password was reset and every session was signed out.")
    }
}
