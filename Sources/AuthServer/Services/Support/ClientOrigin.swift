/// Where a request came from, for audit and per-address limits.
public struct ClientOrigin: Sendable, Equatable {
    public var address: IPAddress?
    /// The client's `User-Agent`, printable ASCII only and short.
    public var userAgent: String?

    public init(address: IPAddress? = nil, userAgent: String? = nil) {
        self.address = address
        self.userAgent = userAgent.map(Self.printable).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The key of this client in per-address limits (an IPv6 client by its /64).
    var throttleKey: String { address?.clientKey ?? "-" }

    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { (0x20..<0x7f).contains($0.value) }.prefix(200)))
    }
}
