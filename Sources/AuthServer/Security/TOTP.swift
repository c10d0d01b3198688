import Crypto
import Foundation

/// One-time codes: HOTP (RFC 4226) over the time steps of TOTP (RFC 6238), with HMAC-SHA1.
struct TOTP: Sendable {
    let secret: [UInt8]
    let digits: Int
    let period: Int

    init(secret: [UInt8], digits: Int = 6, period: Int = 30) {
        precondition((6...8).contains(digits) && period > 0, "TOTP needs 6 to 8 digits and a positive period")
        self.secret = secret
        self.digits = digits
        self.period = period
    }

    /// The time step `date` falls in; 0 before the Unix epoch.
    func counter(at date: Date) -> UInt64 {
        let seconds = date.timeIntervalSince1970
        guard seconds > 0 else { return 0 }
        return UInt64(seconds) / UInt64(period)
    }

    /// The HOTP value for `counter`, zero-padded to `digits`.
    func code(counter: UInt64) -> String {
        let message = withUnsafeBytes(of: counter.bigEndian) { Array($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let truncated = mac[offset..<offset + 4].reduce(UInt32(0)) { ($0 << 8) | UInt32($1) } & 0x7fff_ffff
        let value = truncated % Self.powersOfTen[digits]
        let text = String(value)
        return String(repeating: "0", count: digits - text.count) + text
    }

    func code(at date: Date) -> String {
        code(counter: counter(at: date))
    }

    /// The counter whose code equals `code` within ±skew steps of `date` (constant-time comparisons), else nil.
    /// Spaces in `code` are ignored. The exact step is preferred, then the nearest ones.
    func match(_ code: String, at date: Date, skew: Int) -> UInt64? {
        let candidate = code.filter { $0 != " " }
        guard candidate.count == digits, candidate.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let now = counter(at: date)
        var found: UInt64?
        // Every step in the window is computed and compared, whether or not one already matched.
        for offset in Self.offsetsNearestFirst(skew: skew) {
            let (step, overflow) = offset < 0
                ? now.subtractingReportingOverflow(UInt64(-offset))
                : now.addingReportingOverflow(UInt64(offset))
            guard !overflow else { continue }
            if ConstantTime.equals(self.code(counter: step), candidate), found == nil {
                found = step
            }
        }
        return found
    }

    /// otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30,
    /// the URI authenticator apps read from a QR code. Issuer and account are percent-encoded, except
    /// for the `@` of an e-mail, which RFC 3986 allows in a path and the apps' own examples show as is.
    static func provisioningURI(secret: String, issuer: String, account: String) -> String {
        let label = percentEncoded(issuer) + ":" + percentEncoded(account, keeping: "@")
        return "otpauth://totp/\(label)?secret=\(percentEncoded(secret))&issuer=\(percentEncoded(issuer))"
            + "&algorithm=SHA1&digits=6&period=30"
    }

    private static let powersOfTen: [UInt32] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

    private static func offsetsNearestFirst(skew: Int) -> [Int] {
        let reach = max(0, skew)
        return [0] + (0..<reach).flatMap { [-($0 + 1), $0 + 1] }
    }

    /// Everything but RFC 3986 unreserved characters and `kept` is percent-encoded.
    private static func percentEncoded(_ text: String, keeping kept: String = "") -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~" + kept)
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
