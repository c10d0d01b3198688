import AuthModel
import Foundation

/// A registered MFA method: an authenticator (TOTP secret) or a phone (number), sealed at rest.
public struct MethodRecord: Codable, Equatable, Sendable {
    public var id: String
    public var userID: String
    public var kind: MethodKind
    public var label: String
    /// The TOTP secret or the phone number, sealed with the server's key.
    public var sealedSecret: Data
    /// For SMS, the masked phone number.
    public var destination: String?
    public var createdAt: Date
    public var lastUsedAt: Date?
    /// The last TOTP step accepted: a code is accepted once, and never one of an earlier step.
    public var lastCounter: Int64?
}
