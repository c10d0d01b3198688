import Foundation
import OTP
import TestSupport
import Testing

@Suite struct TOTPTests {
    /// The secret of RFC 4226 Appendix D and RFC 6238 Appendix B (SHA-1).
    let rfcSecret = Array("12345678901234567890".utf8)

    static func randomSecret() -> [UInt8] {
        (0..<20).map { _ in UInt8.random(in: 0...255) }
    }

    @Test func hotpMatchesRFC4226AppendixD() {
        let expected = ["755224", "287082", "359152", "969429", "338314",
                        "254676", "287922", "162583", "399871", "520489"]
        let totp = TOTP(secret: rfcSecret)
        for (counter, code) in expected.enumerated() {
            #expect(totp.code(counter: UInt64(counter)) == code)
        }
    }

    @Test(arguments: [
        (59.0, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ])
    func totpMatchesRFC6238AppendixB(seconds: Double, code: String) {
        let totp = TOTP(secret: rfcSecret, digits: 8)
        #expect(totp.code(at: Date(timeIntervalSince1970: seconds)) == code)
    }

    @Test func sixDigitCodesAgreeWithOathtool() throws {
        let oathtool = try MissingTool.require("oathtool", package: "oathtool")
        for _ in 0..<5 {
            let secret = Self.randomSecret()
            let seconds = Int.random(in: 0..<4_000_000_000)
            let expected = try Command.run(oathtool, ["--totp", "-b", Base32.encode(secret), "--now", "@\(seconds)"])
                .output.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(TOTP(secret: secret).code(at: Date(timeIntervalSince1970: Double(seconds))) == expected)
        }
    }

    @Test func theBase32SecretOfAnEnrollmentGivesTheSameCodes() throws {
        // "12345678901234567890" in Base32.
        let totp = try #require(TOTP(base32: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
        #expect(totp.code(at: Date(timeIntervalSince1970: 59)) == "287082", "six digits: the last six of the vector")
        #expect(TOTP(base32: "not base32!") == nil)
    }

    @Test func counterIsTheThirtySecondStepAndSecondsLeftCountDownToTheNext() {
        let totp = TOTP(secret: rfcSecret)
        #expect(totp.counter(at: Date(timeIntervalSince1970: 59)) == 1)
        #expect(totp.counter(at: Date(timeIntervalSince1970: 60)) == 2)
        #expect(totp.counter(at: Date(timeIntervalSince1970: -5)) == 0)
        #expect(totp.secondsLeft(at: Date(timeIntervalSince1970: 60)) == 30)
        #expect(totp.secondsLeft(at: Date(timeIntervalSince1970: 89)) == 1)
    }

    @Test func matchAcceptsTheCurrentAndNeighbouringStepsOnly() {
        let totp = TOTP(secret: Self.randomSecret())
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let current = totp.counter(at: now)
        #expect(totp.match(totp.code(counter: current), at: now, skew: 1) == current)
        #expect(totp.match(totp.code(counter: current - 1), at: now, skew: 1) == current - 1)
        #expect(totp.match(totp.code(counter: current + 1), at: now, skew: 1) == current + 1)
        #expect(totp.match(totp.code(counter: current - 2), at: now, skew: 1) == nil)
        #expect(totp.match(totp.code(counter: current + 1), at: now, skew: 0) == nil)
    }

    @Test func matchRefusesMalformedCodes() {
        let totp = TOTP(secret: rfcSecret)
        let date = Date(timeIntervalSince1970: 59)
        #expect(totp.match("287 082", at: date, skew: 1) == 1)
        for bad in ["", "28708", "2870820", "28708a", "２８７０８２", "-287082", "+287082"] {
            #expect(totp.match(bad, at: date, skew: 1) == nil, "accepted \(bad)")
        }
    }
}
