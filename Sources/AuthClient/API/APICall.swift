import AuthModel

/// A request ready to send, and how to read its answer: built by `AuthAPI`, sent by `HTTPTransport`
/// (through the app's event loop) or by `AuthClient` (async).
public struct APICall<Response: Sendable>: Sendable {
    public let operation: APIOperation
    public let request: HTTPRequest
    private let decodeSuccess: @Sendable (HTTPResponse) throws(ClientError) -> Response

    init(
        operation: APIOperation, request: HTTPRequest,
        decodeSuccess: @escaping @Sendable (HTTPResponse) throws(ClientError) -> Response
    ) {
        self.operation = operation
        self.request = request
        self.decodeSuccess = decodeSuccess
    }

    /// The typed result of a successful (2xx) answer, or the typed error any other answer means.
    public func decode(_ response: HTTPResponse) throws(ClientError) -> Response {
        guard (200..<300).contains(response.status) else {
            throw ResponseDecoding.failure(from: response)
        }
        return try decodeSuccess(response)
    }
}
