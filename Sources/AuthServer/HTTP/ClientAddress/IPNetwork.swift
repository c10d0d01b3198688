/// An address block such as `10.0.0.0/8` or `2001:db8::/32`; a plain address is a block of one.
public struct IPNetwork: Hashable, Sendable, CustomStringConvertible {
    public let address: IPAddress
    public let prefixLength: Int

    /// The block of `address` with the bits past `prefixLength` cleared.
    public init(_ address: IPAddress, prefixLength: Int) {
        self.prefixLength = min(max(prefixLength, 0), address.bytes.count * 8)
        self.address = address.masked(to: self.prefixLength)
    }

    /// `ADDRESS` or `ADDRESS/BITS`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(parts[0]) else { return nil }
        var length = address.bytes.count * 8
        if parts.count == 2 {
            guard let bits = Int(parts[1]), (0...length).contains(bits), parts[1].allSatisfy(\.isASCII) else { return nil }
            length = bits
        }
        self.init(address, prefixLength: length)
    }

    public func contains(_ other: IPAddress) -> Bool {
        other.bytes.count == address.bytes.count && other.masked(to: prefixLength) == address
    }

    public var description: String { "\(address)/\(prefixLength)" }
}

extension IPAddress {
    /// The address with every bit past the first `bits` cleared.
    func masked(to bits: Int) -> IPAddress {
        var bytes = self.bytes
        for index in bytes.indices {
            let kept = min(max(bits - index * 8, 0), 8)
            bytes[index] &= ~(UInt8(0xff) >> kept)
        }
        return IPAddress(bytes: bytes)
    }
}
