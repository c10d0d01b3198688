import Foundation

/// Every row of a store, as `copy-store` moves it from one store to another.
public struct StoreContents: Equatable, Sendable {
    public var users: [UserRecord] = []
    public var sessions: [SessionRecord] = []
    public var retiredRemembers: [RetiredRemember] = []
    public var flows: [SignInFlowRecord] = []
    public var methods: [MethodRecord] = []
    public var setups: [SetupRecord] = []
    public var codes: [OneTimeCodeRecord] = []
    public var recoveryCodes: [RecoveryCodeRow] = []
    /// Oldest first.
    public var audit: [AuditEvent] = []
    public var throttles: [ThrottleRecord] = []
    public var metadata: [String: String] = [:]

    public init() {}

    /// How many rows of each kind, to check a copy.
    public var counts: [String: Int] {
        [
            "users": users.count, "sessions": sessions.count, "retired remember tokens": retiredRemembers.count,
            "sign-in flows": flows.count, "methods": methods.count, "setups": setups.count, "one-time codes": codes.count,
            "recovery codes": recoveryCodes.count, "audit events": audit.count, "throttles": throttles.count,
            "metadata": metadata.count,
        ]
    }
}

/// A recovery code of an account, as its keyed digest.
public struct RecoveryCodeRow: Codable, Equatable, Sendable {
    public var userID: String
    public var codeHash: String
}
