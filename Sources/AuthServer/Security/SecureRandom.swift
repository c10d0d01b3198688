/// Cryptographically secure random values, from the system generator (getrandom on Linux).
enum SecureRandom {
    /// `count` random bytes from the system's generator, eight at a time.
    static func bytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 7)
        while bytes.count < count {
            withUnsafeBytes(of: generator.next() as UInt64) { bytes.append(contentsOf: $0) }
        }
        return Array(bytes.prefix(count))
    }

    /// A bearer token: `byteCount` random bytes (never fewer than 16, i.e. 128 bits) in unpadded base64url.
    static func token(byteCount: Int = 32) -> String {
        Base64URL.encode(bytes(max(byteCount, 16)))
    }

    /// `count` decimal digits, each uniform (no modulo bias).
    static func digits(_ count: Int) -> String {
        string(count, from: Array("0123456789"))
    }

    /// A single-use recovery code such as `k7m2-x9qp-4rtz`: 12 characters of lower-case letters and
    /// digits without the look-alikes 0, 1, i, l and o (31 symbols, about 59 bits).
    static func recoveryCode() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        return (0..<3).map { _ in string(4, from: alphabet) }.joined(separator: "-")
    }

    private static func string(_ count: Int, from alphabet: [Character]) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
