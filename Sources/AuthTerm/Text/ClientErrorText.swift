import AuthClient
import AuthModel

extension Catalog {
    /// A sentence or two for people, without secrets, on why a request failed: what happened and
    /// what to do; for the server's error codes also the wait and the attempts it reports.
    public func sentence(for error: ClientError) -> String {
        switch error {
        case .invalidServerURL(let url): self(.errorInvalidServerURL, ["url": url])
        case .insecureConnectionRefused(let host): self(.errorInsecureConnection, ["host": host])
        case .offline: self(.errorOffline)
        case .hostNotFound(let host): self(.errorHostNotFound, ["host": host])
        case .connectionRefused(let host): self(.errorConnectionRefused, ["host": host])
        case .connectionFailed(let host, let message): self(.errorConnectionFailed, ["host": host, "reason": message])
        case .connectionLost: self(.errorConnectionLost)
        case .timedOut: self(.errorTimedOut)
        case .tls(let message): self(.errorTLS, ["reason": message])
        case .cancelled: self(.cancelled)
        case .server(let body):
            [self(Self.key(for: body.code)), retryHint(body.retryAfter), attemptsHint(body.attemptsLeft)]
                .compactMap { $0 }
                .joined(separator: language == .ja ? "" : " ")
        case .malformedResponse: self(.errorMalformedResponse)
        case .responseTooLarge(let limit): self(.errorResponseTooLarge, ["kibibytes": "\(limit / 1024)"])
        case .unexpectedStatus(let status): self(.errorUnexpectedStatus, ["status": "\(status)"])
        case .wrongContentType(let type): self(.errorWrongContentType, ["type": type ?? self(.errorNoContentType)])
        case .transport(let code, let message): self(.errorTransport, ["reason": message, "code": "\(code)"])
        }
    }

    private static func key(for code: ErrorCode) -> TextKey {
        switch code {
        case .malformedRequest: .serverMalformedRequest
        case .validationFailed: .serverValidationFailed
        case .weakPassword: .serverWeakPassword
        case .payloadTooLarge: .serverPayloadTooLarge
        case .unsupportedMediaType: .serverUnsupportedMediaType
        case .originNotAllowed: .serverOriginNotAllowed
        case .invalidCredentials: .serverInvalidCredentials
        case .invalidCode: .serverInvalidCode
        case .codeReused: .serverCodeReused
        case .codeExpired: .serverCodeExpired
        case .flowExpired: .serverFlowExpired
        case .sessionExpired: .serverSessionExpired
        case .unauthenticated: .serverUnauthenticated
        case .reauthenticationRequired: .serverReauthenticationRequired
        case .setupRequired: .serverSetupRequired
        case .locked: .serverLocked
        case .rateLimited: .serverRateLimited
        case .notFound: .serverNotFound
        case .setupExpired: .serverSetupExpired
        case .lastMethod: .serverLastMethod
        case .noMethods: .serverNoMethods
        case .mfaNotEnabled: .serverMFANotEnabled
        case .mfaAlreadyEnabled: .serverMFAAlreadyEnabled
        case .smsUnavailable: .serverSMSUnavailable
        case .internalError: .serverInternalError
        case .unavailable: .serverUnavailable
        }
    }

    private func retryHint(_ seconds: Int?) -> String? {
        guard let seconds, seconds > 0 else { return nil }
        if seconds < 60 { return self(seconds == 1 ? .retryInOneSecond : .retryInSeconds, ["count": "\(seconds)"]) }
        let minutes = (seconds + 59) / 60
        return self(minutes == 1 ? .retryInOneMinute : .retryInMinutes, ["count": "\(minutes)"])
    }

    private func attemptsHint(_ attempts: Int?) -> String? {
        guard let attempts, attempts > 0 else { return nil }
        return self(attempts == 1 ? .oneAttemptLeft : .attemptsLeft, ["count": "\(attempts)"])
    }
}
