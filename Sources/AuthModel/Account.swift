import FoundationEssentials

public struct Account: Codable, Equatable, Sendable {
    public var email: String
    public var displayName: String
    public var mfa: MFAStatus
    public var createdAt: Date
    public var passwordChangedAt: Date?
    /// Until when the session counts as recently authenticated, if it does.
    public var reauthenticatedUntil: Date?
    /// The language of the server's mail to the account: the client's at sign-in, or as chosen in
    /// Account Settings.
    public var language: Language

    public init(
        email: String, displayName: String, mfa: MFAStatus, createdAt: Date,
        passwordChangedAt: Date? = nil, reauthenticatedUntil: Date? = nil, language: Language = .en
    ) {
        self.email = email
        self.displayName = displayName
        self.mfa = mfa
        self.createdAt = createdAt
        self.passwordChangedAt = passwordChangedAt
        self.reauthenticatedUntil = reauthenticatedUntil
        self.language = language
    }
}

/// Changes the account's own settings; what is left out stays as it is.
public struct UpdateAccountRequest: Codable, Equatable, Sendable {
    public var language: Language?

    public init(language: Language? = nil) {
        self.language = language
    }
}

public struct ReauthenticateRequest: Codable, Equatable, Sendable {
    public var password: String
    /// With MFA enabled: a method id (or `recovery`) and its code.
    public var method: String?
    public var code: String?

    public init(password: String, method: String? = nil, code: String? = nil) {
        self.password = password
        self.method = method
        self.code = code
    }
}

public struct ReauthenticateResponse: Codable, Equatable, Sendable {
    public var reauthenticatedUntil: Date

    public init(reauthenticatedUntil: Date) {
        self.reauthenticatedUntil = reauthenticatedUntil
    }
}

public struct HealthResponse: Codable, Equatable, Sendable {
    public var status: String
    public var version: String

    public init(status: String = "ok", version: String = ProductVersion.current) {
        self.status = status
        self.version = version
    }
}
