import Foundation

/// A two-step sign-in in progress, known by the digest of its id.
public struct SignInFlowRecord: Codable, Equatable, Sendable {
    public enum Stage: String, Codable, Sendable {
        case password, code
    }

    public var idHash: String
    /// The e-mail as typed (normalized), registered or not.
    public var email: String
    /// Nil when the e-mail is not registered: the flow answers the same until the password.
    public var userID: String?
    public var stage: Stage
    public var remember: Bool
    public var expiresAt: Date
    /// Codes tried in this flow, reserved before each is checked.
    public var codeAttempts: Int

    public init(
        idHash: String, email: String, userID: String?, stage: Stage, remember: Bool, expiresAt: Date, codeAttempts: Int = 0
    ) {
        self.idHash = idHash
        self.email = email
        self.userID = userID
        self.stage = stage
        self.remember = remember
        self.expiresAt = expiresAt
        self.codeAttempts = codeAttempts
    }
}
