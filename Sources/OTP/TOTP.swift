import Crypto
import FoundationEssentials

/// One-time codes: HOTP (RFC 4226) over the time steps of TOTP (RFC 6238), with HMAC-SHA1, as
/// the server checks them and an authenticator app shows them.
public struct TOTP: Sendable {
    public let secret: [UInt8]
    public let digits: Int
    public let period: Int

    public init(secret: [UInt8], digits: Int = 6, period: Int = 30) {
        precondition((6...8).contains(digits) && period > 0, "TOTP needs 6 to 8 digits and a positive period")
        self.secret = secret
        self.digits = digits
        self.period = period
    }

    /// The secret of an enrollment in Base32 (as `Base32.decode` reads it); nil when malformed.
    public init?(base32 text: String, digits: Int = 6, period: Int = 30) {
        guard let secret = Base32.decode(text) else { return nil }
        self.init(secret: secret, digits: digits, period: period)
    }

    /// The time step `date` falls in; 0 before the Unix epoch.
    public func counter(at date: Date) -> UInt64 {
        let seconds = date.timeIntervalSince1970
        guard seconds > 0 else { return 0 }
        return UInt64(seconds) / UInt64(period)
    }

    /// Seconds until the code at `date` changes.
    public func secondsLeft(at date: Date) -> Int {
        period - Int(max(0, date.timeIntervalSince1970)) % period
    }

    /// The HOTP value for `counter`, zero-padded to `digits`.
    public func code(counter: UInt64) -> String {
        let text = String(value(counter: counter))
        return String(repeating: "0", count: digits - text.count) + text
    }

    public func code(at date: Date) -> String {
        code(counter: counter(at: date))
    }

    /// The counter whose code equals `code` within ±skew steps of `date`, else nil. Spaces in
    /// `code` are ignored. Every step of the window is computed and compared as a whole number,
    /// whether or not one matched already, so the time taken does not tell how close a guess was.
    /// The exact step is preferred, then the nearest ones.
    public func match(_ code: String, at date: Date, skew: Int) -> UInt64? {
        let candidate = code.filter { $0 != " " }
        guard candidate.count == digits, candidate.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
              let number = UInt32(candidate)
        else { return nil }
        let now = counter(at: date)
        var found: UInt64?
        for offset in Self.offsetsNearestFirst(skew: skew) {
            let (step, overflow) = offset < 0
                ? now.subtractingReportingOverflow(UInt64(-offset))
                : now.addingReportingOverflow(UInt64(offset))
            guard !overflow else { continue }
            if value(counter: step) == number, found == nil {
                found = step
            }
        }
        return found
    }

    /// The dynamically truncated HMAC of `counter`, reduced to `digits` decimal digits.
    private func value(counter: UInt64) -> UInt32 {
        let message = withUnsafeBytes(of: counter.bigEndian) { Array($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let truncated = mac[offset..<offset + 4].reduce(UInt32(0)) { ($0 << 8) | UInt32($1) } & 0x7fff_ffff
        return truncated % Self.powersOfTen[digits]
    }

    private static let powersOfTen: [UInt32] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

    private static func offsetsNearestFirst(skew: Int) -> [Int] {
        let reach = max(0, skew)
        return [0] + (0..<reach).flatMap { [-($0 + 1), $0 + 1] }
    }
}
