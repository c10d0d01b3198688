import Foundation
import HTTPTypes

/// Who the client is: the peer of the connection, or, when that peer is a trusted reverse proxy,
/// the right-most address in `Forwarded` (RFC 7239) or `X-Forwarded-For` that is not itself a
/// trusted proxy. Hops to its left were written by the client and prove nothing.
public struct ClientAddressResolver: Sendable {
    public let trustedProxies: [IPNetwork]

    /// Proxies as addresses or CIDR blocks (`10.0.0.5`, `10.0.0.0/8`, `2001:db8::/32`).
    public init(trustedProxies: [String]) throws {
        self.trustedProxies = try trustedProxies.map { entry in
            guard let network = IPNetwork(entry.trimmingCharacters(in: .whitespaces)) else {
                throw ConfigurationFile.Problem(
                    description: "The setting \"trusted_proxies\" holds \"\(entry.prefix(64))\", which is not an address or CIDR block.",
                    setting: "trusted_proxies")
            }
            return network
        }
    }

    func isTrusted(_ address: IPAddress) -> Bool {
        trustedProxies.contains { $0.contains(address) }
    }

    /// The client of a request that came from `peer` with `headers`.
    public func client(peer: IPAddress?, headers: HTTPFields) -> IPAddress? {
        guard var client = peer, isTrusted(client) else { return peer }
        let forwarded = headers[values: .forwarded]
        let hops = forwarded.isEmpty
            ? ForwardedHops.xForwardedFor(headers[values: .xForwardedFor])
            : ForwardedHops.forwarded(forwarded)
        for hop in hops.reversed() {
            // A hop that is not an address ends the walk: the trusted proxy next to it is the client.
            guard let address = hop else { break }
            client = address
            if !isTrusted(address) { break }
        }
        return client
    }
}

extension HTTPField.Name {
    static let forwarded = HTTPField.Name("Forwarded")!
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
