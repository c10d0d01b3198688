import NIOCore

/// Who a connection counts against: its IPv4 address, or the /64 network of its IPv6 address
/// (one subscriber's whole allocation), as the auth server counts clients.
enum ClientAddress {
    static func key(of address: SocketAddress?) -> String {
        switch address {
        case .v6(let v6):
            let bytes = withUnsafeBytes(of: v6.address.sin6_addr) { Array($0) }
            let mappedIPv4 = bytes[..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
            if mappedIPv4 { return bytes[12...].map(String.init).joined(separator: ".") }
            let groups = stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            return groups.joined(separator: ":") + "::/64"
        default:
            return address?.ipAddress ?? "unknown"
        }
    }
}
