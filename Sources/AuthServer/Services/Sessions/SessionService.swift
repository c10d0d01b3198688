import AuthModel
import Foundation

/// Opens, checks, resumes, lists and ends sessions. Tokens are random (256 bits) and kept only as digests.
struct SessionService: Sendable {
    let services: Services

    /// How stale `lastSeenAt` may get before a request writes it again.
    static let lastSeenGranularity: TimeInterval = 60

    /// The session a finished sign-in opens, authenticated now, in the same step as the flow ends;
    /// `flow_expired` when the flow was used already. It starts a family of its own.
    func open(completing flow: SignInFlowRecord, user: UserRecord, remember: Bool, origin: ClientOrigin) async throws
        -> Session
    {
        let (record, session) = newSession(
            userID: user.id, remember: remember, authenticatedAt: services.clock.now, continuing: nil, origin: origin)
        let event = services.audit.event(.signIn, user: user, origin: origin, detail: record.id)
        guard try await services.store.completeFlow(idHash: flow.idHash, opening: record, audit: event) else {
            throw APIError.flowExpired
        }
        return session
    }

    /// The session of a bearer token, or `unauthenticated` / `session_expired`.
    func authenticate(token: String) async throws -> AuthenticatedSession {
        let store = services.store
        let now = services.clock.now
        guard var found = try await store.sessionAccount(tokenHash: TokenDigest.sha256Hex(token)) else {
            throw APIError(.unauthenticated, "Sign in first.")
        }
        let session = found.session
        guard session.expiresAt > now else { throw APIError(.sessionExpired, "The session has expired; sign in again.") }
        let staleBefore = now.addingTimeInterval(-Self.lastSeenGranularity)
        if session.lastSeenAt < staleBefore {
            try await store.touchSession(id: session.id, at: now, staleBefore: staleBefore)
            found.session.lastSeenAt = now
        }
        return AuthenticatedSession(session: found.session, user: found.user, mfa: found.mfa)
    }

    /// Signs in again with a remember token: a new session and a new remember token of the same
    /// family replace the old ones. The token dies `rememberIdleWindow` after the session was last
    /// used and `rememberMaxLifetime` after the family signed in; a rotated token that comes back
    /// ends the whole family, since one of its two holders is not the owner.
    func resume(rememberToken: String, origin: ClientOrigin) async throws -> Session {
        let store = services.store
        let rememberHash = TokenDigest.sha256Hex(rememberToken)
        guard let found = try await store.sessionAccount(rememberHash: rememberHash) else {
            try await refuse(rememberHash, origin: origin)
        }
        let (old, user) = (found.session, found.user)
        guard rememberExpiry(of: old) > services.clock.now else {
            _ = try await store.deleteSession(
                id: old.id, userID: old.userID,
                audit: services.audit.event(.sessionResumeFailed, user: user, origin: origin, detail: "expired"))
            throw Self.expired
        }
        let (record, session) = newSession(
            userID: user.id, remember: true, authenticatedAt: nil, continuing: old, origin: origin)
        let resumed = services.audit.event(.sessionResumed, user: user, origin: origin, detail: record.id)
        guard try await store.rotateSession(rememberHash: rememberHash, to: record, at: services.clock.now, audit: resumed)
        else { try await refuse(rememberHash, origin: origin) }
        return session
    }

    func signOut(_ current: AuthenticatedSession, origin: ClientOrigin) async throws {
        _ = try await services.store.deleteSession(
            id: current.session.id, userID: current.user.id,
            audit: services.audit.event(.signOut, user: current.user, origin: origin, detail: current.session.id))
    }

    func list(_ current: AuthenticatedSession) async throws -> SessionList {
        let sessions = try await services.store.sessions(userID: current.user.id)
        return SessionList(sessions: sessions.map { record in
            SessionInfo(
                id: record.id, createdAt: record.createdAt, lastSeenAt: record.lastSeenAt,
                expiresAt: record.rememberHash == nil ? record.expiresAt : max(record.expiresAt, rememberExpiry(of: record)),
                clientAddress: record.clientAddress, userAgent: record.userAgent,
                current: record.id == current.session.id, remembered: record.rememberHash != nil)
        })
    }

    func revoke(id: String, _ current: AuthenticatedSession, origin: ClientOrigin) async throws {
        guard try await services.store.deleteSession(
            id: id, userID: current.user.id,
            audit: services.audit.event(.sessionRevoked, user: current.user, origin: origin, detail: id))
        else { throw APIError.notFound }
    }

    /// Ends every session of the account but the current one (offered once MFA is enabled).
    func endOthers(_ current: AuthenticatedSession, origin: ClientOrigin) async throws {
        _ = try await services.store.deleteSessions(
            userID: current.user.id, keeping: current.session.id,
            audit: services.audit.event(.otherSessionsEnded, user: current.user, origin: origin))
    }

    /// Marks the session as recently authenticated (password, and a code with MFA on, were just proven).
    func markAuthenticated(_ current: AuthenticatedSession, origin: ClientOrigin) async throws -> Date {
        let now = services.clock.now
        try await services.store.markAuthenticated(
            sessionID: current.session.id, at: now,
            audit: services.audit.event(.reauthenticated, user: current.user, origin: origin))
        return now.addingTimeInterval(TimeInterval(services.configuration.reauthenticationWindow))
    }

    /// Throws `reauthentication_required` unless the password was proven in the last minutes.
    func requireRecentAuthentication(_ current: AuthenticatedSession) throws {
        guard current.reauthenticatedUntil(
            window: services.configuration.reauthenticationWindow, now: services.clock.now) != nil
        else { throw APIError.reauthenticationRequired }
    }

    private static let expired = APIError(.sessionExpired, "Automatic sign-in has expired; sign in again.")

    /// Refuses a remember token that opens no session: a rotated one ends its family.
    private func refuse(_ rememberHash: String, origin: ClientOrigin) async throws -> Never {
        let store = services.store
        if let retired = try await store.retiredRemember(hash: rememberHash) {
            let user = try await store.user(id: retired.userID)
            try await store.deleteFamily(
                retired.familyID, audit: services.audit.event(.rememberTokenReplayed, user: user, origin: origin))
        } else {
            try await services.audit.record(.sessionResumeFailed, origin: origin)
        }
        throw Self.expired
    }

    /// When the remember token of `session` dies unless it is used again.
    private func rememberExpiry(of session: SessionRecord) -> Date {
        let configuration = services.configuration
        return min(
            session.lastSeenAt.addingTimeInterval(TimeInterval(configuration.rememberIdleWindow)),
            session.createdAt.addingTimeInterval(TimeInterval(configuration.rememberMaxLifetime)))
    }

    /// A new session; one `continuing` a remembered session joins its family and keeps its sign-in time.
    private func newSession(
        userID: String, remember: Bool, authenticatedAt: Date?, continuing old: SessionRecord?, origin: ClientOrigin
    ) -> (SessionRecord, Session) {
        let now = services.clock.now
        let id = SecureRandom.token(byteCount: 16)
        let token = SecureRandom.token()
        let rememberToken = remember ? SecureRandom.token() : nil
        let record = SessionRecord(
            id: id, userID: userID, familyID: old?.familyID ?? id, tokenHash: TokenDigest.sha256Hex(token),
            rememberHash: rememberToken.map(TokenDigest.sha256Hex), createdAt: old?.createdAt ?? now, lastSeenAt: now,
            expiresAt: now.addingTimeInterval(TimeInterval(services.configuration.sessionLifetime)),
            authenticatedAt: authenticatedAt, clientAddress: origin.address?.description, userAgent: origin.userAgent)
        let session = Session(
            token: token, expiresAt: record.expiresAt, rememberToken: rememberToken,
            rememberExpiresAt: rememberToken == nil ? nil : rememberExpiry(of: record))
        return (record, session)
    }
}
