/// Limits and trust for every request of one transport.
public struct TransportConfiguration: Equatable, Sendable {
    public var policy: ConnectionPolicy
    public var connectTimeout: Duration
    /// For the whole request, from connecting to the last byte of the answer.
    public var totalTimeout: Duration
    /// Answers larger than this many bytes fail with `ClientError.responseTooLarge`.
    public var maxResponseBytes: Int

    public init(
        policy: ConnectionPolicy = ConnectionPolicy(), connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(30), maxResponseBytes: Int = 1 << 20
    ) {
        self.policy = policy
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxResponseBytes = maxResponseBytes
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so a short positive duration never becomes "no limit".
    var roundedUpMilliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }
}
