/// A `HOST:PORT` to listen on: `127.0.0.1:8080`, `[::1]:8080`, `0.0.0.0:443`.
public struct ListenAddress: Equatable, Sendable, CustomStringConvertible {
    /// A name or an address; an IPv6 address without its brackets.
    public var host: String
    public var port: Int

    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
              (0...65_535).contains(port)
        else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
        } else if host.contains(":") {
            return nil
        }
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace || $0 == "/" }) else { return nil }
        self.host = host
        self.port = port
    }

    /// Only this machine reaches it: `localhost`, 127.0.0.0/8 or `::1`.
    public var isLoopback: Bool { Self.isLoopback(host: host) }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// Whether `host` (a name or an address, IPv6 with or without brackets) is this machine alone.
    static func isLoopback(host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if bare.lowercased() == "localhost" { return true }
        guard let address = IPAddress(bare) else { return false }
        return address.isIPv6 ? address.bytes == Array(repeating: 0, count: 15) + [1] : address.bytes[0] == 127
    }
}
