import AuthModel

/// A refusal the API answers with: one `ErrorCode`, a sentence, and for lockouts when to try again.
public struct APIError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: ErrorCode
    public var message: String
    public var retryAfter: Int?
    public var attemptsLeft: Int?

    public init(_ code: ErrorCode, _ message: String, retryAfter: Int? = nil, attemptsLeft: Int? = nil) {
        self.code = code
        self.message = message
        self.retryAfter = retryAfter
        self.attemptsLeft = attemptsLeft
    }

    public var description: String { message }

    public var response: ErrorResponse {
        ErrorResponse(error: ErrorBody(code: code, message: message, retryAfter: retryAfter, attemptsLeft: attemptsLeft))
    }

    static let invalidCredentials = APIError(.invalidCredentials, "The e-mail address or password is incorrect.")
    static let invalidCode = APIError(.invalidCode, "The code is not correct.")
    static let notFound = APIError(.notFound, "There is no such thing.")
    static let flowExpired = APIError(.flowExpired, "The sign-in took too long; start again.")
    static let smsUnavailable = APIError(
        .smsUnavailable, "This service sends no text messages: use an authenticator app or a recovery code.")
    static let reauthenticationRequired = APIError(
        .reauthenticationRequired, "Confirm your password (and a code) to continue.")
}
