import Foundation

/// The code an authenticator app shows for a secret at a time: TOTP (RFC 6238) with HMAC-SHA1,
/// as the demo authenticator panel computes it.
struct TimeBasedCode {
    let secret: [UInt8]
    var digits = 6
    var period = 30

    /// The secret of an enrollment, in Base32 (RFC 4648, padding and spaces optional); nil when malformed.
    init?(base32 text: String, digits: Int = 6, period: Int = 30) {
        var bits = 0, value = 0
        var bytes: [UInt8] = []
        for character in text.uppercased() where character != "=" && character != " " {
            guard let index = Self.alphabet.firstIndex(of: character) else { return nil }
            value = (value << 5) | index
            bits += 5
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(truncatingIfNeeded: value >> bits))
            }
        }
        self.init(secret: bytes, digits: digits, period: period)
    }

    init(secret: [UInt8], digits: Int = 6, period: Int = 30) {
        self.secret = secret
        self.digits = digits
        self.period = period
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    /// The code at `date`, zero-padded to `digits`.
    func code(at date: Date) -> String {
        let counter = UInt64(max(0, date.timeIntervalSince1970) / Double(period))
        let message = (0..<8).map { UInt8(truncatingIfNeeded: counter >> (56 - 8 * UInt64($0))) }
        let mac = SHA1.hmac(key: secret, message: message)
        let offset = Int(mac[19] & 0x0F)
        let number = mac[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) } & 0x7FFF_FFFF
        let modulus = (0..<digits).reduce(UInt64(1)) { product, _ in product * 10 }
        let text = String(UInt64(number) % modulus)
        return String(repeating: "0", count: digits - text.count) + text
    }

    /// Seconds until the code at `date` changes.
    func secondsLeft(at date: Date) -> Int {
        period - Int(max(0, date.timeIntervalSince1970)) % period
    }
}
