/// What a password reset does to the account's MFA methods.
public enum PasswordResetPolicy: String, Codable, Sendable, CaseIterable {
    /// Remove the methods and recovery codes; MFA stays enabled, so the next sign-in asks for a setup.
    case clearMFA = "clear-mfa"
    /// Leave the methods as they are.
    case keepMFA = "keep-mfa"
}
