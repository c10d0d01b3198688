/// Every operation of the API, named by its `operationId` in `docs/openapi.yaml`.
///
/// Client and server both route through this table, so a path is written once.
public enum APIOperation: String, CaseIterable, Sendable {
    case startSignIn
    case submitPassword
    case sendSignInCode
    case submitCode
    case resumeSession
    case signOut
    case listSessions
    case revokeSession
    case endOtherSessions
    case getAccount
    case updateAccount
    case reauthenticate
    case sendReauthenticationCode
    case changePassword
    case startTotpSetup
    case verifyTotpSetup
    case startPhoneSetup
    case verifyPhoneSetup
    case enableMfa
    case renameMfaMethod
    case removeMfaMethod
    case generateRecoveryCodes
    case forgotPassword
    case resetPassword
    case getService
    case health
    case readiness

    public enum HTTPMethod: String, Sendable {
        case get = "GET", post = "POST", patch = "PATCH", delete = "DELETE"
    }

    public var method: HTTPMethod {
        switch self {
        case .listSessions, .getAccount, .getService, .health, .readiness: .get
        case .renameMfaMethod, .updateAccount: .patch
        case .signOut, .revokeSession, .endOtherSessions, .removeMfaMethod: .delete
        default: .post
        }
    }

    /// The path template; `{name}` marks a path parameter.
    public var pathTemplate: String {
        switch self {
        case .startSignIn: "/v1/sign-in"
        case .submitPassword: "/v1/sign-in/{flow}/password"
        case .sendSignInCode: "/v1/sign-in/{flow}/send-code"
        case .submitCode: "/v1/sign-in/{flow}/code"
        case .resumeSession: "/v1/sessions/resume"
        case .signOut: "/v1/sessions/current"
        case .listSessions, .endOtherSessions: "/v1/sessions"
        case .revokeSession: "/v1/sessions/{id}"
        case .getAccount, .updateAccount: "/v1/account"
        case .reauthenticate: "/v1/account/reauthenticate"
        case .sendReauthenticationCode: "/v1/account/reauthenticate/send-code"
        case .changePassword: "/v1/account/password"
        case .startTotpSetup: "/v1/account/mfa/totp"
        case .verifyTotpSetup: "/v1/account/mfa/totp/{setup}/verify"
        case .startPhoneSetup: "/v1/account/mfa/phone"
        case .verifyPhoneSetup: "/v1/account/mfa/phone/{setup}/verify"
        case .enableMfa: "/v1/account/mfa/enable"
        case .renameMfaMethod, .removeMfaMethod: "/v1/account/mfa/methods/{id}"
        case .generateRecoveryCodes: "/v1/account/mfa/recovery-codes"
        case .forgotPassword: "/v1/password/forgot"
        case .resetPassword: "/v1/password/reset"
        case .getService: "/v1/service"
        case .health: "/healthz"
        case .readiness: "/readyz"
        }
    }

    /// Whether the request carries `Authorization: Bearer <session token>`.
    public var requiresSession: Bool {
        switch self {
        case .startSignIn, .submitPassword, .sendSignInCode, .submitCode, .resumeSession,
             .forgotPassword, .resetPassword, .getService, .health, .readiness:
            false
        default:
            true
        }
    }

    /// The HTTP status of a successful answer.
    public var successStatus: Int {
        switch self {
        case .sendSignInCode, .sendReauthenticationCode, .forgotPassword: 202
        case .signOut, .revokeSession, .endOtherSessions, .changePassword, .removeMfaMethod, .resetPassword: 204
        case .startTotpSetup, .startPhoneSetup, .verifyTotpSetup, .verifyPhoneSetup,
             .generateRecoveryCodes:
            201
        default: 200
        }
    }

    /// The names of the path parameters, in order.
    public var pathParameters: [String] {
        pathTemplate.split(separator: "/").compactMap { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        }
    }

    /// The concrete path with each `{name}` replaced by its percent-encoded value.
    public func path(_ parameters: [String: String] = [:]) -> String {
        "/" + pathTemplate.split(separator: "/").map { segment -> String in
            guard segment.hasPrefix("{"), segment.hasSuffix("}") else { return String(segment) }
            let value = parameters[String(segment.dropFirst().dropLast())] ?? ""
            return PercentEncoding.encoded(value)
        }.joined(separator: "/")
    }
}
