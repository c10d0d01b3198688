/// Delivers text messages to phone numbers (E.164, `+81312345678`).
protocol SMSSender: Sendable {
    func send(to phone: String, text: String) async throws
}

/// Why a gateway did not take a text message. Descriptions never hold the token, the number or the text.
enum SMSError: Error, Equatable, CustomStringConvertible {
    /// The gateway could not be reached, or did not answer within the timeout.
    case unreachable(String)
    /// The gateway answered with an error status (and, from Twilio, its error code).
    case refused(status: Int, code: String?)

    var description: String {
        switch self {
        case .unreachable(let reason): "the SMS gateway could not be reached: \(reason)"
        case .refused(let status, let code?): "the SMS gateway refused the message: HTTP \(status), error \(code)"
        case .refused(let status, nil): "the SMS gateway refused the message: HTTP \(status)"
        }
    }
}
