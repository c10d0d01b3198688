import Foundation

/// Everything the services keep. SQLite implements it today; a PostgreSQL store can follow
/// without touching the services. Each method is one atomic step.
public typealias Store = UserStore & SessionStore & SignInFlowStore & MethodStore & CodeStore & AuditStore
    & ThrottleStore & ExpiryStore

/// Errors a store reports to the services.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// An account with this e-mail exists already.
    case duplicateEmail
    /// The database file could not be created.
    case cannotCreate(path: String)

    public var description: String {
        switch self {
        case .duplicateEmail: "An account with this e-mail address exists already."
        case .cannotCreate(let path): "Cannot create the database \(path): check that its folder is writable."
        }
    }
}

public protocol UserStore: Sendable {
    func insertUser(_ user: UserRecord) async throws
    func updateUser(_ user: UserRecord) async throws
    func user(id: String) async throws -> UserRecord?
    func user(email: String) async throws -> UserRecord?
    func users() async throws -> [UserRecord]
}

public protocol SessionStore: Sendable {
    func updateSession(_ session: SessionRecord) async throws
    func session(tokenHash: String) async throws -> SessionRecord?
    func session(rememberHash: String) async throws -> SessionRecord?
    func sessions(userID: String) async throws -> [SessionRecord]
    /// Replaces the session holding `rememberHash` by `replacement`; false when another request did first.
    func rotateSession(rememberHash: String, to replacement: SessionRecord) async throws -> Bool
    /// Deletes one session of the user; false when there was none.
    func deleteSession(id: String, userID: String) async throws -> Bool
    /// Deletes the user's sessions, but the one with id `keeping`.
    func deleteSessions(userID: String, keeping: String?) async throws
}

public protocol SignInFlowStore: Sendable {
    func insertFlow(_ flow: SignInFlowRecord) async throws
    func updateFlow(_ flow: SignInFlowRecord) async throws
    func flow(idHash: String) async throws -> SignInFlowRecord?
    /// Ends the flow and opens its session, with the audit event, in one step; false (and nothing
    /// written) when the flow is gone, so one flow opens one session at most.
    func completeFlow(idHash: String, opening session: SessionRecord, audit: AuditEvent) async throws -> Bool
}

public protocol MethodStore: Sendable {
    func insertMethod(_ method: MethodRecord) async throws
    func updateMethod(_ method: MethodRecord) async throws
    func methods(userID: String) async throws -> [MethodRecord]
    func deleteMethod(id: String) async throws
    /// Records a TOTP step as used; false when it, or a later one, was used already.
    func claimCounter(_ counter: Int64, methodID: String, at time: Date) async throws -> Bool

    func insertSetup(_ setup: SetupRecord) async throws
    func setup(id: String) async throws -> SetupRecord?
    func deleteSetup(id: String) async throws

    /// Removes every method, pending setup and recovery code of the user.
    func clearMFA(userID: String) async throws
}

public protocol CodeStore: Sendable {
    /// Stores a code, replacing an earlier one of the same purpose and subject.
    func saveCode(_ code: OneTimeCodeRecord) async throws
    func code(purpose: OneTimeCodeRecord.Purpose, subject: String) async throws -> OneTimeCodeRecord?
    /// Deletes the code; false when it was gone already.
    @discardableResult
    func deleteCode(purpose: OneTimeCodeRecord.Purpose, subject: String) async throws -> Bool

    func replaceRecoveryCodes(userID: String, hashes: [String]) async throws
    /// Uses up one recovery code; false when it is not (or no longer) valid.
    func consumeRecoveryCode(userID: String, hash: String) async throws -> Bool
    func recoveryCodeCount(userID: String) async throws -> Int
}

public protocol AuditStore: Sendable {
    func appendAudit(_ event: AuditEvent) async throws
    /// The newest events first, of one account or of all.
    func auditEvents(userID: String?, limit: Int) async throws -> [AuditEvent]
}

public protocol ThrottleStore: Sendable {
    /// Reads, changes and writes the counters of `key` in one step; `change` returning nil deletes them.
    func updateThrottle(
        key: String, _ change: @Sendable (ThrottleRecord?) -> ThrottleRecord?
    ) async throws -> ThrottleRecord?
    func throttle(key: String) async throws -> ThrottleRecord?
    func deleteThrottle(key: String) async throws
}

public protocol ExpiryStore: Sendable {
    /// Deletes what can no longer be used at `now`: sign-in flows, pending setups and one-time
    /// codes past their expiry, and sessions past theirs whose remember token, if any, was last
    /// used before `rememberUsedBefore`. Returns how many records went.
    func deleteExpired(at now: Date, rememberUsedBefore: Date) async throws -> Int
}
