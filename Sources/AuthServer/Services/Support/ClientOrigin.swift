/// Where a request came from, for audit and per-address limits.
public struct ClientOrigin: Sendable, Equatable {
    public var address: String?
    public var userAgent: String?

    public init(address: String? = nil, userAgent: String? = nil) {
        self.address = address
        self.userAgent = userAgent
    }
}
