import AuthModel
import Foundation

/// What an operator does from the command line: add, list, unlock accounts and reset their MFA.
public struct AccountAdministration: Sendable {
    let services: Services

    public init(services: Services) {
        self.services = services
    }

    /// A line of the account list: the account and whether it is locked now.
    public struct Summary: Sendable {
        public var user: UserRecord
        public var methodCount: Int
        public var lockedUntil: Date?
    }

    /// A new account; its mail is in `language` until its holder signs in from a client.
    public func addUser(email: String, displayName: String?, password: String, language: Language = .en)
        async throws -> UserRecord
    {
        let email = try EmailAddress.normalized(email)
        try services.passwords.ensureAcceptable(password, email: email)
        let user = UserRecord(
            id: SecureRandom.token(byteCount: 12), email: email,
            displayName: displayName ?? String(email.prefix { $0 != "@" }),
            passwordHash: try await services.passwords.hash(password), createdAt: services.clock.now, passwordChangedAt: nil,
            mfaEnabled: false, language: language)
        try await services.store.insertUser(user, audit: services.audit.event(.accountCreated, user: user))
        return user
    }

    public func summaries() async throws -> [Summary] {
        var summaries: [Summary] = []
        for user in try await services.store.users() {
            summaries.append(try await summary(of: user))
        }
        return summaries
    }

    public func summary(email: String) async throws -> Summary {
        try await summary(of: try await user(email: email))
    }

    /// Lifts the lockouts of every kind of secret.
    public func unlock(email: String) async throws {
        let user = try await user(email: email)
        try await services.store.deleteThrottles(
            keys: SecretKind.allCases.map { ThrottleKey.failures($0, user.email) },
            audit: services.audit.event(.accountUnlocked, user: user))
    }

    /// Helpdesk: removes the methods and recovery codes and turns MFA off, and signs the account out.
    public func resetMFA(email: String) async throws {
        let user = try await user(email: email)
        try await services.store.resetMFA(
            userID: user.id, audit: services.audit.event(.mfaReset, user: user, detail: "helpdesk"))
        services.notifier.mail(.mfaReset, to: user)
    }

    /// Security events, newest first, of one account or all.
    public func auditEvents(email: String?, limit: Int) async throws -> [AuditEvent] {
        var userID: String?
        if let email { userID = try await user(email: email).id }
        return try await services.store.auditEvents(userID: userID, limit: limit)
    }

    private func user(email: String) async throws -> UserRecord {
        guard let user = try await services.store.user(email: try EmailAddress.normalized(email)) else {
            throw APIError(.notFound, "There is no account with the e-mail address \(email).")
        }
        return user
    }

    /// The account, with the latest end of a lockout of any kind of secret.
    private func summary(of user: UserRecord) async throws -> Summary {
        var lockedUntil: Date?
        for kind in SecretKind.allCases {
            if let until = try await services.store.throttle(key: ThrottleKey.failures(kind, user.email))?.lockedUntil,
               until > services.clock.now
            {
                lockedUntil = max(lockedUntil ?? until, until)
            }
        }
        return Summary(
            user: user, methodCount: try await services.store.methods(userID: user.id).count, lockedUntil: lockedUntil)
    }
}
