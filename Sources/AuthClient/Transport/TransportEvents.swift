/// Identifies one request started on an `HTTPTransport`.
public struct RequestID: Hashable, Sendable, CustomStringConvertible {
    let value: Int

    public var description: String { "request \(value)" }
}

/// The end of one request: the full answer, or why there is none. Every started request
/// ends exactly once, cancelled ones with `ClientError.cancelled`.
public struct TransportCompletion: Sendable {
    public let id: RequestID
    public let result: Result<HTTPResponse, ClientError>
}

/// What one `HTTPTransport.wait` saw.
public struct TransportEvents: Sendable {
    public var completions: [TransportCompletion] = []
    /// Whether one of the extra file descriptors (the app's terminal) has input to read.
    public var extraFileDescriptorReady = false
}
