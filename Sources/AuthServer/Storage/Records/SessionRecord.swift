import Foundation

/// A signed-in session. Tokens are kept only as SHA-256 digests.
public struct SessionRecord: Codable, Equatable, Sendable {
    /// The public id used to list and revoke the session.
    public var id: String
    public var userID: String
    /// The id of the session a sign-in opened; the sessions resumed from it by remember tokens
    /// share it, so a replayed token ends them all.
    public var familyID: String
    public var tokenHash: String
    /// Present when the user asked to be signed in automatically next time.
    public var rememberHash: String?
    /// When the family signed in: a remember token dies `rememberMaxLifetime` after it.
    public var createdAt: Date
    /// Updated on use (coarsely); the remember token dies `rememberIdleWindow` after it.
    public var lastSeenAt: Date
    public var expiresAt: Date
    /// When the password (and a code, with MFA on) was last proven in this session.
    public var authenticatedAt: Date?
    public var clientAddress: String?
    public var userAgent: String?
}
