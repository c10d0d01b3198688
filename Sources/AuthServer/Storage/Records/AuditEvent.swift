import Foundation

/// One security event: what happened, to which account, from where.
public struct AuditEvent: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case signIn = "sign-in"
        case signInFailed = "sign-in-failed"
        case codeFailed = "code-failed"
        case resetCodeFailed = "reset-code-failed"
        case lockout
        case sessionResumed = "session-resumed"
        case sessionResumeFailed = "session-resume-failed"
        /// A remember token that had been rotated came back: its family was ended.
        case rememberTokenReplayed = "remember-token-replayed"
        case signOut = "sign-out"
        case sessionRevoked = "session-revoked"
        case otherSessionsEnded = "other-sessions-ended"
        case reauthenticated
        case passwordChanged = "password-changed"
        /// The language of the account's mail changed (its detail).
        case languageChanged = "language-changed"
        case passwordResetRequested = "password-reset-requested"
        case smsSent = "sms-sent"
        /// The gateway failed or took too long: the user was told to try again.
        case smsFailed = "sms-failed"
        case passwordReset = "password-reset"
        case mfaSetupStarted = "mfa-setup-started"
        case mfaMethodAdded = "mfa-method-added"
        case mfaMethodRenamed = "mfa-method-renamed"
        case mfaMethodRemoved = "mfa-method-removed"
        case mfaEnabled = "mfa-enabled"
        case mfaReset = "mfa-reset"
        case recoveryCodesGenerated = "recovery-codes-generated"
        case recoveryCodeUsed = "recovery-code-used"
        case accountCreated = "account-created"
        case accountUnlocked = "account-unlocked"
    }

    public var time: Date
    public var kind: Kind
    public var userID: String?
    /// The e-mail involved, also for unknown accounts.
    public var email: String?
    public var clientAddress: String?
    /// A short note without secrets (a method label, a session id).
    public var detail: String?

    public init(
        time: Date, kind: Kind, userID: String? = nil, email: String? = nil, clientAddress: String? = nil,
        detail: String? = nil
    ) {
        self.time = time
        self.kind = kind
        self.userID = userID
        self.email = email
        self.clientAddress = clientAddress
        self.detail = detail
    }
}
