import FoundationEssentials

/// What the sign-in flow asks for next.
public enum SignInStep: String, Codable, CaseIterable, Sendable {
    case password
    /// A verification code from one of `methods`.
    case code
    /// MFA is enabled but no method is registered: the session may only enroll one.
    case setup
    case done
}

public struct StartSignInRequest: Codable, Equatable, Sendable {
    public var email: String

    public init(email: String) {
        self.email = email
    }
}

/// The answer to `startSignIn`: the same whether or not the e-mail is registered.
public struct StartSignInResponse: Codable, Equatable, Sendable {
    /// The short-lived id of this sign-in attempt.
    public var flow: String
    public var next: SignInStep
    public var expiresAt: Date

    public init(flow: String, next: SignInStep = .password, expiresAt: Date) {
        self.flow = flow
        self.next = next
        self.expiresAt = expiresAt
    }
}

public struct SubmitPasswordRequest: Codable, Equatable, Sendable {
    public var password: String
    /// "Automatically sign in next time": ask for a remember token.
    public var remember: Bool

    public init(password: String, remember: Bool) {
        self.password = password
        self.remember = remember
    }
}

/// A method offered at sign-in for the verification code.
public struct SignInMethod: Codable, Equatable, Sendable {
    public var id: String
    public var kind: MethodKind
    public var label: String
    /// For SMS, the masked phone number (`+81 •••• ••42`).
    public var destination: String?

    public init(id: String, kind: MethodKind, label: String, destination: String? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.destination = destination
    }
}

/// The answer to `submitPassword` and `submitCode`.
///
/// `next == .code` carries `methods`; `.setup` and `.done` carry `session`.
public struct SignInProgress: Codable, Equatable, Sendable {
    public var next: SignInStep
    public var methods: [SignInMethod]?
    public var session: Session?

    public init(next: SignInStep, methods: [SignInMethod]? = nil, session: Session? = nil) {
        self.next = next
        self.methods = methods
        self.session = session
    }
}

/// Which registered phone to text a code to: at sign-in (`sendSignInCode`) or to confirm it is
/// the owner again (`sendReauthenticationCode`).
public struct SendCodeRequest: Codable, Equatable, Sendable {
    /// The id of an SMS method.
    public var method: String

    public init(method: String) {
        self.method = method
    }
}

public struct SubmitCodeRequest: Codable, Equatable, Sendable {
    /// A method id, or `recovery` for a recovery code.
    public var method: String
    public var code: String

    public static let recoveryMethod = "recovery"

    public init(method: String, code: String) {
        self.method = method
        self.code = code
    }
}
