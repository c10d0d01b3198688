import AuthModel
import Foundation

/// Opens, checks, resumes, lists and ends sessions. Tokens are random (256 bits) and kept only as digests.
struct SessionService: Sendable {
    let services: Services

    /// How stale `lastSeenAt` may get before a request writes it again.
    static let lastSeenGranularity: TimeInterval = 60

    /// The session a finished sign-in opens, authenticated now, in the same step as the flow ends;
    /// `flow_expired` when the flow was used already.
    func open(completing flow: SignInFlowRecord, user: UserRecord, remember: Bool, origin: ClientOrigin) async throws
        -> Session
    {
        let (record, session) = newSession(
            userID: user.id, remember: remember, authenticatedAt: services.clock.now, origin: origin)
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
        guard var session = try await store.session(tokenHash: TokenDigest.sha256Hex(token)),
              let user = try await store.user(id: session.userID)
        else { throw APIError(.unauthenticated, "Sign in first.") }
        guard session.expiresAt > now else { throw APIError(.sessionExpired, "The session has expired; sign in again.") }
        if now.timeIntervalSince(session.lastSeenAt) >= Self.lastSeenGranularity {
            session.lastSeenAt = now
            try await store.updateSession(session)
        }
        return AuthenticatedSession(session: session, user: user)
    }

    /// Signs in again with a remember token: a new session and a new remember token replace the old ones.
    /// The token dies `rememberIdleWindow` after the session was last used.
    func resume(rememberToken: String, origin: ClientOrigin) async throws -> Session {
        let store = services.store
        let rememberHash = TokenDigest.sha256Hex(rememberToken)
        let expired = APIError(.sessionExpired, "Automatic sign-in has expired; sign in again.")
        guard let old = try await store.session(rememberHash: rememberHash),
              let user = try await store.user(id: old.userID)
        else { throw expired }
        guard rememberExpiry(of: old) > services.clock.now else {
            _ = try await store.deleteSession(id: old.id, userID: old.userID)
            throw expired
        }
        var (record, session) = newSession(userID: user.id, remember: true, authenticatedAt: nil, origin: origin)
        record.createdAt = old.createdAt
        guard try await store.rotateSession(rememberHash: rememberHash, to: record) else { throw expired }
        try await services.audit.record(.sessionResumed, user: user, origin: origin, detail: record.id)
        return session
    }

    func signOut(_ current: AuthenticatedSession, origin: ClientOrigin) async throws {
        _ = try await services.store.deleteSession(id: current.session.id, userID: current.user.id)
        try await services.audit.record(.signOut, user: current.user, origin: origin, detail: current.session.id)
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
        guard try await services.store.deleteSession(id: id, userID: current.user.id) else { throw APIError.notFound }
        try await services.audit.record(.sessionRevoked, user: current.user, origin: origin, detail: id)
    }

    /// Marks the session as recently authenticated (password, and a code with MFA on, were just proven).
    func markAuthenticated(_ current: AuthenticatedSession) async throws -> Date {
        var session = current.session
        let now = services.clock.now
        session.authenticatedAt = now
        try await services.store.updateSession(session)
        return now.addingTimeInterval(TimeInterval(services.configuration.reauthenticationWindow))
    }

    /// Throws `reauthentication_required` unless the password was proven in the last minutes.
    func requireRecentAuthentication(_ current: AuthenticatedSession) throws {
        guard current.reauthenticatedUntil(
            window: services.configuration.reauthenticationWindow, now: services.clock.now) != nil
        else { throw APIError.reauthenticationRequired }
    }

    private func rememberExpiry(of session: SessionRecord) -> Date {
        session.lastSeenAt.addingTimeInterval(TimeInterval(services.configuration.rememberIdleWindow))
    }

    private func newSession(
        userID: String, remember: Bool, authenticatedAt: Date?, origin: ClientOrigin
    ) -> (SessionRecord, Session) {
        let now = services.clock.now
        let token = SecureRandom.token()
        let rememberToken = remember ? SecureRandom.token() : nil
        let record = SessionRecord(
            id: SecureRandom.token(byteCount: 16), userID: userID, tokenHash: TokenDigest.sha256Hex(token),
            rememberHash: rememberToken.map(TokenDigest.sha256Hex), createdAt: now, lastSeenAt: now,
            expiresAt: now.addingTimeInterval(TimeInterval(services.configuration.sessionLifetime)),
            authenticatedAt: authenticatedAt, clientAddress: origin.address, userAgent: origin.userAgent)
        let session = Session(
            token: token, expiresAt: record.expiresAt, rememberToken: rememberToken,
            rememberExpiresAt: rememberToken == nil ? nil : rememberExpiry(of: record))
        return (record, session)
    }
}
