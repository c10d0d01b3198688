import FoundationEssentials
import Glibc

/// What the transport trusts: https always verified (against `caCertificateFile` when given),
/// plain http only to loopback addresses unless `allowInsecureHTTP`.
public struct ConnectionPolicy: Equatable, Sendable {
    /// A PEM file of certificate authorities to trust instead of the system's (`--ca-cert FILE`).
    public var caCertificateFile: String?
    /// Allow plain http to any host (`--allow-insecure-http`); the app warns of `insecureHost(of:)`.
    public var allowInsecureHTTP: Bool

    public init(caCertificateFile: String? = nil, allowInsecureHTTP: Bool = false) {
        self.caCertificateFile = caCertificateFile
        self.allowInsecureHTTP = allowInsecureHTTP
    }

    /// Checks `url` before anything is sent: returns where it points, or throws when the policy refuses it.
    /// The URL is parsed by libcurl itself, so the host checked is the host curl would connect to.
    public func check(_ url: String) throws(ClientError) -> Destination {
        guard let parsed = try CurlURL.parse(url), let host = parsed.host, !host.isEmpty,
              let scheme = Destination.Scheme(rawValue: parsed.scheme ?? "") else {
            throw .invalidServerURL(url)
        }
        let destination = Destination(scheme: scheme, host: host)
        if scheme == .http, !destination.isLoopback, !allowInsecureHTTP {
            throw .insecureConnectionRefused(host: host)
        }
        return destination
    }

    /// The host that `url` reaches by plain http although it is not a loopback address, if it does:
    /// the app warns of it on every screen.
    public func insecureHost(of url: String) -> String? {
        guard let destination = try? check(url), destination.scheme == .http, !destination.isLoopback else {
            return nil
        }
        return destination.host
    }
}

/// Where a URL points: its scheme and host.
public struct Destination: Equatable, Sendable {
    public enum Scheme: String, Sendable {
        case http, https
    }

    public var scheme: Scheme
    /// As curl reports it; IPv6 addresses in brackets (`[::1]`).
    public var host: String

    private static let ipv6Loopback: [UInt8] = Array(repeating: 0, count: 15) + [1]

    /// `localhost`, `127.0.0.0/8` or `::1`: traffic that never leaves the machine.
    public var isLoopback: Bool {
        let bare = (host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host).lowercased()
        if bare == "localhost" { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, bare, &v4) == 1 {
            return UInt32(bigEndian: v4.s_addr) >> 24 == 127
        }
        var v6 = in6_addr()
        return inet_pton(AF_INET6, bare, &v6) == 1 && withUnsafeBytes(of: &v6) { Array($0) } == Self.ipv6Loopback
    }
}
