/// The body of every error answer: `{"error": {"code", "message", "retry_after"?, "attempts_left"?}}`.
public struct ErrorResponse: Codable, Equatable, Sendable {
    public var error: ErrorBody

    public init(error: ErrorBody) {
        self.error = error
    }
}

public struct ErrorBody: Codable, Equatable, Sendable {
    public var code: ErrorCode
    /// A sentence for people; clients show their own words for known codes.
    public var message: String
    /// Seconds until a locked or rate-limited request may be tried again.
    public var retryAfter: Int?
    /// Failed attempts left before a lockout, where the server tells.
    public var attemptsLeft: Int?

    public init(code: ErrorCode, message: String, retryAfter: Int? = nil, attemptsLeft: Int? = nil) {
        self.code = code
        self.message = message
        self.retryAfter = retryAfter
        self.attemptsLeft = attemptsLeft
    }
}
