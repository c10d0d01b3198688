import AuthModel
import Foundation

/// Everything the services keep. SQLite implements it today; a PostgreSQL store can follow
/// without touching the services.
///
/// Each method is one atomic step. A rule that must hold when requests race (a lockout, a code
/// used once, the last method kept) is decided inside that step — a conditional write or one
/// transaction that holds the rows it reads — never by the services reading first and writing
/// later. Steps that change an account take the audit event that records the change and write it
/// in the same transaction.
public typealias Store = UserStore & SessionStore & SignInFlowStore & MethodStore & CodeStore & AuditStore
    & ThrottleStore & ExpiryStore & MetadataStore & MaintenanceStore

/// Errors a store reports to the services.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// An account with this e-mail exists already.
    case duplicateEmail
    /// The database file could not be created.
    case cannotCreate(path: String)
    /// The database did not answer, even after a few tries.
    case unavailable
    /// The database's schema is of a later version than this server knows.
    case schemaTooNew(version: Int, known: Int)
    /// `copy-store` goes into an empty database only.
    case notEmpty

    public var description: String {
        switch self {
        case .duplicateEmail: "An account with this e-mail address exists already."
        case .cannotCreate(let path): "Cannot create the database \(path): check that its folder is writable."
        case .unavailable: "The database cannot be reached; try again shortly."
        case .schemaTooNew(let version, let known):
            "The database's schema is version \(version), newer than the \(known) this server knows: upgrade the server."
        case .notEmpty: "The database to copy into already holds accounts; copy into an empty one."
        }
    }
}

public protocol UserStore: Sendable {
    func insertUser(_ user: UserRecord, audit: AuditEvent) async throws
    func user(id: String) async throws -> UserRecord?
    func user(email: String) async throws -> UserRecord?
    func users() async throws -> [UserRecord]
    /// Replaces the password hash only while it is still `old`, so a rehash never undoes a change
    /// made meanwhile; false when it was changed.
    func replacePasswordHash(userID: String, from old: String, to new: String) async throws -> Bool
    /// Sets a new password hash, ends every session of the account but `keepingSession`, and with
    /// `clearingMFA` removes its methods, setups and recovery codes (MFA stays as it was).
    func setPassword(
        userID: String, hash: String, at time: Date, keepingSession: String?, clearingMFA: Bool, audit: AuditEvent
    ) async throws
    /// Sets the language of the account's mail; false when there is no such account.
    func setLanguage(userID: String, _ language: Language, audit: AuditEvent) async throws -> Bool
    /// Turns MFA on when the account has a method and MFA is off.
    func enableMFA(userID: String, audit: AuditEvent) async throws -> MFAEnabling
    /// Helpdesk: removes the methods, setups and recovery codes, turns MFA off, ends every session.
    func resetMFA(userID: String, audit: AuditEvent) async throws
}

/// What enabling MFA came to.
public enum MFAEnabling: Equatable, Sendable {
    case enabled, alreadyEnabled, noMethods
}

public protocol SessionStore: Sendable {
    /// The session of an access token, with its account and its MFA records, in one read: every
    /// authenticated request asks.
    func sessionAccount(tokenHash: String) async throws -> SessionAccount?
    /// The session of a remember token, with its account and its MFA records, in one read.
    func sessionAccount(rememberHash: String) async throws -> SessionAccount?
    func sessions(userID: String) async throws -> [SessionRecord]
    /// Sets `lastSeenAt` to `time` when it is older than `staleBefore`.
    func touchSession(id: String, at time: Date, staleBefore: Date) async throws
    /// Records that the password (and a code) were just proven in the session.
    func markAuthenticated(sessionID: String, at time: Date, audit: AuditEvent) async throws
    /// Replaces the session holding `rememberHash` by `replacement` of the same family, and keeps the
    /// old hash as retired; false when there is no such session (gone, or rotated by another request).
    func rotateSession(rememberHash: String, to replacement: SessionRecord, at time: Date, audit: AuditEvent)
        async throws -> Bool
    /// The family and account of a remember token that was rotated already.
    func retiredRemember(hash: String) async throws -> RetiredRemember?
    /// Ends every session of a family: its remember token was replayed.
    func deleteFamily(_ familyID: String, audit: AuditEvent) async throws
    /// Deletes one session of the user; false when there was none.
    func deleteSession(id: String, userID: String, audit: AuditEvent) async throws -> Bool
    /// Deletes the user's sessions but the one with id `keeping`; how many went.
    func deleteSessions(userID: String, keeping: String?, audit: AuditEvent) async throws -> Int
}

/// A session and its account, as a request that presents a token needs them.
public struct SessionAccount: Equatable, Sendable {
    public var session: SessionRecord
    public var user: UserRecord
    public var mfa: MFARecords
}

/// An account's MFA methods, oldest first (none after a reset cleared them, when only a setup is
/// allowed), and how many recovery codes it has left.
public struct MFARecords: Equatable, Sendable {
    public var methods: [MethodRecord]
    public var recoveryCodes: Int
}

/// A remember token that was rotated: replaying it gives its family away.
public struct RetiredRemember: Codable, Equatable, Sendable {
    public var hash: String
    public var familyID: String
    public var userID: String
    public var retiredAt: Date
}

public protocol SignInFlowStore: Sendable {
    func insertFlow(_ flow: SignInFlowRecord) async throws
    func flow(idHash: String) async throws -> SignInFlowRecord?
    /// Moves a flow from the password to the code stage; false when it is no longer at the password.
    func moveFlowToCode(idHash: String, remember: Bool) async throws -> Bool
    /// Reserves one code attempt of a live flow at the code stage; false when it has had `limit` or is gone.
    func reserveCodeAttempt(idHash: String, at now: Date, limit: Int) async throws -> Bool
    /// Ends the flow and opens its session, with the audit event, in one step; false (and nothing
    /// written) when the flow is gone, so one flow opens one session at most.
    func completeFlow(idHash: String, opening session: SessionRecord, audit: AuditEvent) async throws -> Bool
}

public protocol MethodStore: Sendable {
    func methods(userID: String) async throws -> [MethodRecord]
    /// The account's methods and how many recovery codes it has left, in one read.
    func mfaStatus(userID: String) async throws -> MFARecords
    /// Records a TOTP step as used; false when it, or a later one, was used already.
    func claimCounter(_ counter: Int64, methodID: String, at time: Date) async throws -> Bool
    func markMethodUsed(id: String, at time: Date) async throws
    /// Sets the label alone; the renamed method, or nil when the user has no such method.
    func renameMethod(id: String, userID: String, label: String, audit: AuditEvent) async throws -> MethodRecord?
    /// Removes a method unless it is the last one of an account with MFA on.
    func removeMethod(id: String, userID: String, audit: AuditEvent) async throws -> MethodRemoval

    func insertSetup(_ setup: SetupRecord, audit: AuditEvent) async throws
    func setup(id: String) async throws -> SetupRecord?
    func deleteSetup(id: String) async throws
    /// Reserves one confirmation attempt of the user's live setup; false when it has had `limit` or is gone.
    func reserveSetupAttempt(id: String, userID: String, at now: Date, limit: Int) async throws -> Bool
    /// Ends the setup and registers `method` in its place; false (and nothing written) when the setup is gone.
    func completeSetup(id: String, userID: String, as method: MethodRecord, audit: AuditEvent) async throws -> Bool
}

/// What removing a method came to.
public enum MethodRemoval: Equatable, Sendable {
    case removed(MethodRecord), notFound, lastMethod
}

public protocol CodeStore: Sendable {
    /// Stores a code, replacing an earlier one of the same purpose and subject.
    func issueCode(_ code: OneTimeCodeRecord) async throws
    /// Uses up the code when `codeHash` matches it; otherwise counts a failure against it, and
    /// deletes it at `maxFailures`. An expired code is deleted. A used or deleted code never comes back.
    func redeemCode(
        purpose: OneTimeCodeRecord.Purpose, subject: String, codeHash: String, at now: Date, maxFailures: Int
    ) async throws -> CodeRedemption

    func replaceRecoveryCodes(userID: String, hashes: [String], audit: AuditEvent) async throws
    /// Uses up one recovery code; false when it is not (or no longer) valid.
    func consumeRecoveryCode(userID: String, hash: String, audit: AuditEvent) async throws -> Bool
}

/// What redeeming a one-time code came to.
public enum CodeRedemption: Equatable, Sendable {
    case redeemed, wrong, expired, missing
}

public protocol AuditStore: Sendable {
    func appendAudit(_ event: AuditEvent) async throws
    /// The newest events first, of one account or of all.
    func auditEvents(userID: String?, limit: Int) async throws -> [AuditEvent]
}

public protocol ThrottleStore: Sendable {
    /// Runs `change` on the counters of `key` inside one transaction that holds them, so that
    /// concurrent changes of a key happen one after the other; a record set to nil is deleted.
    func updateThrottle<Outcome: Sendable>(
        key: String, _ change: @escaping @Sendable (inout ThrottleRecord?) -> Outcome
    ) async throws -> Outcome
    func throttle(key: String) async throws -> ThrottleRecord?
    /// Deletes the counters of `keys`, with the audit event when one is given.
    func deleteThrottles(keys: [String], audit: AuditEvent?) async throws
}

public protocol ExpiryStore: Sendable {
    /// Deletes what can no longer be used or need no longer be kept; returns how many records went.
    func deleteExpired(_ cutoffs: ExpiryCutoffs) async throws -> Int
}

/// Until when each kind of record is kept.
public struct ExpiryCutoffs: Equatable, Sendable {
    /// Sign-in flows, pending setups and one-time codes that expired before this go; so do
    /// sessions whose access expired before it and whose remember token, if any, is dead too.
    public var now: Date
    /// A remember token last used before this is dead.
    public var rememberUsedBefore: Date
    /// A remember token whose family signed in before this is dead; so is a retired token retired before it.
    public var rememberCreatedBefore: Date
    /// Throttle counters last changed before this, and not locked at `now`, go.
    public var throttleChangedBefore: Date
    /// Audit events older than this go; nil keeps them all.
    public var auditBefore: Date?
}

public protocol MetadataStore: Sendable {
    /// Stores `value` under `name` unless a value is there already; the value stored.
    func settleMetadata(_ name: String, value: String) async throws -> String
    func metadata(_ name: String) async throws -> String?
    /// Whether any method or setup holds a sealed secret.
    func hasSealedSecrets() async throws -> Bool
}

public protocol MaintenanceStore: Sendable {
    /// Brings the schema up to date, one process at a time; refuses a schema newer than this server knows.
    func migrate() async throws -> SchemaMigration
    /// Throws unless the database answers.
    func ping() async throws
    /// Every row, for moving to another store.
    func contents() async throws -> StoreContents
    /// Loads every row into this store, which must hold no accounts yet, in one transaction.
    func load(_ contents: StoreContents) async throws
}

/// What a migration did: the schema version before and after.
public struct SchemaMigration: Equatable, Sendable {
    public var from: Int
    public var to: Int
}
