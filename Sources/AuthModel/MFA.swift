import FoundationEssentials

/// The kinds of second factor: an authenticator app (TOTP) or a phone receiving SMS codes.
public enum MethodKind: String, Codable, CaseIterable, Sendable {
    case totp
    case sms
}

/// A registered MFA method.
public struct MFAMethod: Codable, Equatable, Sendable {
    public var id: String
    public var kind: MethodKind
    public var label: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    /// For SMS, the masked phone number.
    public var destination: String?

    public init(
        id: String, kind: MethodKind, label: String, createdAt: Date, lastUsedAt: Date? = nil,
        destination: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.destination = destination
    }
}

public struct MFAStatus: Codable, Equatable, Sendable {
    /// Once true, never false again (except by a password reset under the clear-mfa policy,
    /// which clears the methods but keeps MFA enabled).
    public var enabled: Bool
    public var methods: [MFAMethod]
    public var recoveryCodesRemaining: Int

    public init(enabled: Bool, methods: [MFAMethod], recoveryCodesRemaining: Int) {
        self.enabled = enabled
        self.methods = methods
        self.recoveryCodesRemaining = recoveryCodesRemaining
    }
}

public struct MFAStatusResponse: Codable, Equatable, Sendable {
    public var mfa: MFAStatus

    public init(mfa: MFAStatus) {
        self.mfa = mfa
    }
}

public struct StartTotpSetupRequest: Codable, Equatable, Sendable {
    public var label: String

    public init(label: String) {
        self.label = label
    }
}

/// A pending authenticator enrollment: what the QR code and the typed key carry.
public struct TotpSetup: Codable, Equatable, Sendable {
    public var setup: String
    /// Base32, no padding.
    public var secret: String
    /// `otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30`
    public var otpauthUri: String
    public var issuer: String
    public var account: String
    public var algorithm: String
    public var digits: Int
    public var period: Int
    public var expiresAt: Date

    public init(
        setup: String, secret: String, otpauthUri: String, issuer: String, account: String,
        algorithm: String = "SHA1", digits: Int = 6, period: Int = 30, expiresAt: Date
    ) {
        self.setup = setup
        self.secret = secret
        self.otpauthUri = otpauthUri
        self.issuer = issuer
        self.account = account
        self.algorithm = algorithm
        self.digits = digits
        self.period = period
        self.expiresAt = expiresAt
    }
}

public struct StartPhoneSetupRequest: Codable, Equatable, Sendable {
    /// E.164, e.g. `+81312345678`.
    public var phone: String
    public var label: String

    public init(phone: String, label: String) {
        self.phone = phone
        self.label = label
    }
}

/// A pending phone enrollment; an SMS code was sent to `destination`.
public struct PhoneSetup: Codable, Equatable, Sendable {
    public var setup: String
    public var destination: String
    public var expiresAt: Date

    public init(setup: String, destination: String, expiresAt: Date) {
        self.setup = setup
        self.destination = destination
        self.expiresAt = expiresAt
    }
}

public struct VerifySetupRequest: Codable, Equatable, Sendable {
    public var code: String

    public init(code: String) {
        self.code = code
    }
}

public struct MethodResponse: Codable, Equatable, Sendable {
    public var method: MFAMethod

    public init(method: MFAMethod) {
        self.method = method
    }
}

public struct RenameMethodRequest: Codable, Equatable, Sendable {
    public var label: String

    public init(label: String) {
        self.label = label
    }
}

/// Ten fresh single-use recovery codes; generating them makes the old ones stop working.
public struct RecoveryCodes: Codable, Equatable, Sendable {
    public var codes: [String]
    public var generatedAt: Date

    public init(codes: [String], generatedAt: Date) {
        self.codes = codes
        self.generatedAt = generatedAt
    }
}
