import Foundation
import Testing

@testable import AuthServer

@Suite struct SecureRandomTests {
    @Test func bytesHaveTheRequestedLengthAndDiffer() {
        #expect(SecureRandom.bytes(0).isEmpty)
        #expect(SecureRandom.bytes(33).count == 33)
        #expect(SecureRandom.bytes(32) != SecureRandom.bytes(32))
    }

    @Test func tokensAreUnpaddedBase64URLOfAtLeast128Bits() {
        let token = SecureRandom.token()
        #expect(token.count == 43)
        #expect(token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(SecureRandom.token(byteCount: 4).count == 22, "never fewer than 16 bytes")
        #expect(Set((0..<100).map { _ in SecureRandom.token() }).count == 100)
    }

    @Test func base64URLReplacesTheTwoURLUnsafeCharacters() {
        #expect(Base64URL.encode([0xfb, 0xff, 0xbf]) == "-_-_")
        #expect(Base64URL.encode([0x66]) == "Zg")
    }

    @Test func digitsAreDecimalAndRoughlyUniform() {
        #expect(SecureRandom.digits(6).count == 6)
        let sample = (0..<2_000).map { _ in SecureRandom.digits(10) }.joined()
        #expect(sample.allSatisfy { ("0"..."9").contains($0) })
        var counts = [Character: Int]()
        for digit in sample { counts[digit, default: 0] += 1 }
        // 20,000 digits: each is expected 2,000 times with a standard deviation of 42.
        #expect(counts.count == 10)
        #expect(counts.values.allSatisfy { (1_800...2_200).contains($0) }, "\(counts)")
    }

    @Test func recoveryCodesAvoidLookAlikeCharacters() {
        let codes = (0..<500).map { _ in SecureRandom.recoveryCode() }
        for code in codes {
            #expect(code.count == 14)
            #expect(Array(code)[4] == "-" && Array(code)[9] == "-")
            #expect(code.allSatisfy { $0 == "-" || "abcdefghjkmnpqrstuvwxyz23456789".contains($0) }, "\(code)")
        }
        #expect(Set(codes).count == codes.count)
    }
}
