import Foundation

/// Everything `authterm-ssh` is started with: where it listens, what each session runs, and the
/// limits that keep one address or one session from taking the door.
public struct DoorConfiguration: Sendable {
    /// Where the door listens.
    public var listen: ListenAddress
    /// The `authterm` executable each session runs.
    public var client: String
    /// The auth server's address, passed to every `authterm`.
    public var server: String
    /// A CA certificate file for the server's TLS, passed to every `authterm`.
    public var caCertificate: String?
    /// Sessions open at once, door-wide.
    public var maxSessions: Int
    /// New connections one client address may open in a minute.
    public var connectionsPerMinute: Int
    /// A session ends after this long without a key from its user.
    public var idleTimeout: Duration
    /// A session ends after this long, whatever happens in it.
    public var maxSessionLength: Duration

    public init(listen: ListenAddress, client: String, server: String, caCertificate: String? = nil,
                maxSessions: Int = 64, connectionsPerMinute: Int = 20,
                idleTimeout: Duration = .seconds(600), maxSessionLength: Duration = .seconds(3600)) {
        self.listen = listen
        self.client = client
        self.server = server
        self.caCertificate = caCertificate
        self.maxSessions = maxSessions
        self.connectionsPerMinute = connectionsPerMinute
        self.idleTimeout = idleTimeout
        self.maxSessionLength = maxSessionLength
    }

    /// The command line of one session's `authterm`.
    var clientArguments: [String] {
        ["--server", server] + (caCertificate.map { ["--ca-cert", $0] } ?? [])
    }

    /// Connections open at once, handshakes included: room for every session, and as many again
    /// to tell latecomers that the door is full.
    var maxConnections: Int { maxSessions * 2 }
}

/// `HOST:PORT`, `[IPv6]:PORT` or `:PORT` (every address); port 0 takes a free one.
public struct ListenAddress: Equatable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
              (0...65535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
        } else if host.contains(":") {
            return nil
        }
        self.host = host.isEmpty ? "0.0.0.0" : host
        self.port = port
    }

    public var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
