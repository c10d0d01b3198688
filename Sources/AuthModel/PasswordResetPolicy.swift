/// What a password reset does to the account's MFA methods: a server setting (`on_password_reset`)
/// that `GET /v1/service` tells the client, so it words the consequences of a reset truly.
public enum PasswordResetPolicy: String, Codable, Sendable, CaseIterable {
    /// Remove the methods and recovery codes; MFA stays enabled, so the next sign-in asks for a setup.
    case clearMFA = "clear-mfa"
    /// Leave the methods as they are.
    case keepMFA = "keep-mfa"
}
