import AuthModel
import Foundation

/// An enrollment started but not yet confirmed by a code.
public struct SetupRecord: Codable, Equatable, Sendable {
    public var id: String
    public var userID: String
    public var kind: MethodKind
    public var label: String
    public var sealedSecret: Data
    public var destination: String?
    /// For SMS: the digest of the code that was sent.
    public var codeHash: String?
    public var expiresAt: Date
    /// Confirmation codes tried, reserved before each is checked.
    public var attempts = 0
}
