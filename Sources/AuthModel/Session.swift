import FoundationEssentials

/// A signed-in session. `token` goes in `Authorization: Bearer`.
public struct Session: Codable, Equatable, Sendable {
    public var token: String
    public var expiresAt: Date
    /// Present when the user ticked "Automatically sign in next time".
    public var rememberToken: String?
    public var rememberExpiresAt: Date?

    public init(token: String, expiresAt: Date, rememberToken: String? = nil, rememberExpiresAt: Date? = nil) {
        self.token = token
        self.expiresAt = expiresAt
        self.rememberToken = rememberToken
        self.rememberExpiresAt = rememberExpiresAt
    }
}

public struct ResumeSessionRequest: Codable, Equatable, Sendable {
    public var rememberToken: String

    public init(rememberToken: String) {
        self.rememberToken = rememberToken
    }
}

/// A fresh session, with a rotated remember token.
public struct SessionResponse: Codable, Equatable, Sendable {
    public var session: Session

    public init(session: Session) {
        self.session = session
    }
}

/// One of the account's sessions, as listed by `listSessions`.
public struct SessionInfo: Codable, Equatable, Sendable {
    public var id: String
    public var createdAt: Date
    public var lastSeenAt: Date
    public var expiresAt: Date
    public var clientAddress: String?
    public var userAgent: String?
    /// The session making this request.
    public var current: Bool
    /// Whether it was opened with "Automatically sign in next time".
    public var remembered: Bool

    public init(
        id: String, createdAt: Date, lastSeenAt: Date, expiresAt: Date, clientAddress: String? = nil,
        userAgent: String? = nil, current: Bool, remembered: Bool
    ) {
        self.id = id
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
        self.clientAddress = clientAddress
        self.userAgent = userAgent
        self.current = current
        self.remembered = remembered
    }
}

public struct SessionList: Codable, Equatable, Sendable {
    public var sessions: [SessionInfo]

    public init(sessions: [SessionInfo]) {
        self.sessions = sessions
    }
}
