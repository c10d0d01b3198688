import Foundation
import Testing

@testable import AuthTerm

@Suite struct TimeBasedCodeTests {
    /// RFC 6238, appendix B: the SHA-1 column, 8 digits, the key "12345678901234567890".
    @Test(arguments: [
        (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ] as [(Int, String)])
    func rfc6238Vectors(time: Int, expected: String) {
        let totp = TimeBasedCode(secret: Array("12345678901234567890".utf8), digits: 8)
        #expect(totp.code(at: Date(timeIntervalSince1970: TimeInterval(time))) == expected)
    }

    @Test func theBase32SecretOfAnEnrollmentGivesTheSameCodes() throws {
        // "12345678901234567890" in Base32.
        let totp = try #require(TimeBasedCode(base32: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
        #expect(totp.code(at: Date(timeIntervalSince1970: 59)) == "287082", "six digits: the last six of the vector")
        #expect(TimeBasedCode(base32: "not base32!") == nil)
    }

    @Test func secondsLeftCountDownToTheNextStep() throws {
        let totp = try #require(TimeBasedCode(base32: "GEZDGNBVGY3TQOJQ"))
        #expect(totp.secondsLeft(at: Date(timeIntervalSince1970: 60)) == 30)
        #expect(totp.secondsLeft(at: Date(timeIntervalSince1970: 89)) == 1)
    }

    @Test func sha1MatchesKnownDigests() {
        let hex = { (bytes: [UInt8]) in bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA1.hash(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.hash([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        // RFC 2202, test case 2.
        #expect(hex(SHA1.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
                == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")
    }
}
