import AuthModel
import Foundation

/// An account: its e-mail, password hash, MFA switch and the language of its mail.
public struct UserRecord: Codable, Equatable, Sendable {
    public var id: String
    /// Lower-cased, trimmed.
    public var email: String
    public var displayName: String
    /// Argon2id, PHC string format.
    public var passwordHash: String
    public var createdAt: Date
    public var passwordChangedAt: Date?
    /// Once true, only a helpdesk `user reset-mfa` turns it off.
    public var mfaEnabled: Bool
    /// The language of the mail the account receives.
    public var language: Language
}
