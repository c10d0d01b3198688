/// The fixed set of error codes the API answers with, each with its HTTP status.
public enum ErrorCode: String, Codable, CaseIterable, Sendable {
    /// The body is not JSON, has the wrong types, or unknown fields.
    case malformedRequest = "malformed_request"
    /// A field is well-formed JSON but not an acceptable value (bad e-mail, phone, label).
    case validationFailed = "validation_failed"
    /// The new password does not meet the password policy.
    case weakPassword = "weak_password"
    case payloadTooLarge = "payload_too_large"
    /// A request body that is not declared `Content-Type: application/json`.
    case unsupportedMediaType = "unsupported_media_type"
    /// The request came from a web page (an `Origin` header) the server does not allow.
    case originNotAllowed = "origin_not_allowed"
    /// The e-mail address or password is incorrect (never says which).
    case invalidCredentials = "invalid_credentials"
    /// The verification, recovery or reset code is wrong.
    case invalidCode = "invalid_code"
    /// The code was already used once (also at a neighbouring time step).
    case codeReused = "code_reused"
    /// The SMS or reset code has expired.
    case codeExpired = "code_expired"
    /// The sign-in flow is unknown or took too long; start again.
    case flowExpired = "flow_expired"
    case sessionExpired = "session_expired"
    case unauthenticated
    /// The session was not authenticated recently enough for this action.
    case reauthenticationRequired = "reauthentication_required"
    /// The session may only enroll an MFA method until one is registered.
    case setupRequired = "setup_required"
    case locked
    case rateLimited = "rate_limited"
    case notFound = "not_found"
    case setupExpired = "setup_expired"
    /// The last method cannot be removed while MFA is enabled.
    case lastMethod = "last_method"
    /// Enabling MFA needs at least one verified method.
    case noMethods = "no_methods"
    case mfaNotEnabled = "mfa_not_enabled"
    case mfaAlreadyEnabled = "mfa_already_enabled"
    /// The server has no SMS gateway: phone numbers are not offered (`GET /v1/service` lists the methods).
    case smsUnavailable = "sms_unavailable"
    case internalError = "internal_error"
    case unavailable

    public var httpStatus: Int {
        switch self {
        case .malformedRequest: 400
        case .invalidCredentials, .invalidCode, .codeReused, .codeExpired, .flowExpired,
             .sessionExpired, .unauthenticated:
            401
        case .reauthenticationRequired, .setupRequired, .originNotAllowed: 403
        case .notFound: 404
        case .lastMethod, .noMethods, .mfaNotEnabled, .mfaAlreadyEnabled, .smsUnavailable: 409
        case .setupExpired: 410
        case .payloadTooLarge: 413
        case .unsupportedMediaType: 415
        case .validationFailed, .weakPassword: 422
        case .locked, .rateLimited: 429
        case .internalError: 500
        case .unavailable: 503
        }
    }
}
