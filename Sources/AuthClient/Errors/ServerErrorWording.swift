import AuthModel

/// The client's own words for the API's error codes, plus the wait and attempts the server reports.
enum ServerErrorWording {
    static func sentence(for body: ErrorBody) -> String {
        [base(body.code), retryHint(body.retryAfter), attemptsHint(body.attemptsLeft)]
            .compactMap { $0 }
            .joined(separator: " ")
    }

    private static func base(_ code: ErrorCode) -> String {
        switch code {
        case .malformedRequest: "The server could not read the request."
        case .validationFailed: "Some of what you entered is not valid."
        case .weakPassword: "That password is too weak. Choose a longer one that is harder to guess."
        case .payloadTooLarge: "What you entered is too long."
        case .unsupportedMediaType: "The server could not read the request's format. Is this the right server address?"
        case .originNotAllowed: "The server refused a request that looked as if it came from a web page."
        case .invalidCredentials: "The e-mail address or password is incorrect."
        case .invalidCode: "That code is not correct."
        case .codeReused: "That code was already used. Wait for the next one."
        case .codeExpired: "That code has expired. Ask for a new one."
        case .flowExpired: "Signing in took too long. Please start again."
        case .sessionExpired: "Your session has expired. Please sign in again."
        case .unauthenticated: "You are not signed in. Please sign in again."
        case .reauthenticationRequired: "Please confirm your password to continue."
        case .setupRequired: "Set up a verification method first."
        case .locked: "Too many failed attempts: the account is locked for now."
        case .rateLimited: "Too many requests."
        case .notFound: "That item no longer exists."
        case .setupExpired: "The setup took too long. Please start it again."
        case .lastMethod: "You cannot remove your last verification method while MFA is enabled."
        case .noMethods: "Register a verification method before enabling MFA."
        case .mfaNotEnabled: "Multifactor authentication is not enabled."
        case .mfaAlreadyEnabled: "Multifactor authentication is already enabled."
        case .smsUnavailable: "This service sends no text messages. Use an authenticator app or a recovery code."
        case .internalError: "The server had a problem. Try again later."
        case .unavailable: "The server is unavailable right now. Try again later."
        }
    }

    private static func retryHint(_ seconds: Int?) -> String? {
        guard let seconds, seconds > 0 else { return nil }
        if seconds < 60 { return "Try again in \(seconds) second\(seconds == 1 ? "" : "s")." }
        let minutes = (seconds + 59) / 60
        return "Try again in \(minutes) minute\(minutes == 1 ? "" : "s")."
    }

    private static func attemptsHint(_ attempts: Int?) -> String? {
        guard let attempts, attempts > 0 else { return nil }
        return "\(attempts) attempt\(attempts == 1 ? "" : "s") left."
    }
}
