import AuthModel

/// Every way a request can fail, typed so screens can react and put it in plain words (the app's
/// catalog words each case in the language it shows).
public enum ClientError: Error, Equatable, Sendable {
    /// The server address is not a usable http or https URL.
    case invalidServerURL(String)
    /// Plain http to a host that is not a loopback address, without `--allow-insecure-http`.
    /// Refused before any connection is made.
    case insecureConnectionRefused(host: String)
    /// The network is down or unreachable.
    case offline
    /// The host name could not be resolved.
    case hostNotFound(host: String)
    /// Nothing listens at the address.
    case connectionRefused(host: String)
    /// The connection could not be made for another reason (curl's message).
    case connectionFailed(host: String, message: String)
    /// The connection broke before a complete answer arrived (reset, closed early).
    case connectionLost
    /// Connecting or answering took longer than the configured timeout.
    case timedOut
    /// The TLS handshake or certificate verification failed, with curl's message.
    case tls(message: String)
    /// The request was cancelled by the caller.
    case cancelled
    /// The server answered with one of the API's error codes.
    case server(ErrorBody)
    /// The answer is not the JSON the operation promises.
    case malformedResponse(detail: String)
    /// The answer is larger than the configured cap (in bytes).
    case responseTooLarge(limit: Int)
    /// An HTTP status the operation does not answer with, without the API's error shape.
    case unexpectedStatus(Int)
    /// A successful status, but not a JSON body.
    case wrongContentType(String?)
    /// Any other libcurl failure, with its code and message.
    case transport(code: Int, message: String)

    /// The API error code, when the server answered with one.
    public var serverCode: ErrorCode? {
        if case .server(let body) = self { body.code } else { nil }
    }
}
