import Foundation
import Testing

@testable import AuthServer

@Suite struct DigestAndComparisonTests {
    @Test func sha256HexMatchesKnownDigests() {
        #expect(TokenDigest.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(TokenDigest.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func lowerHexWritesEveryByteAsTwoDigits() {
        let bytes = (0...255).map(UInt8.init)
        #expect(LowerHex.text(bytes) == bytes.map { String(format: "%02x", $0) }.joined())
        #expect(LowerHex.text([]) == "")
    }

    @Test func constantTimeEqualityIsEquality() {
        #expect(ConstantTime.equals([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equals([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equals([1, 2, 3], [1, 2]))
        #expect(ConstantTime.equals([], []))
        #expect(ConstantTime.equals("123456", "123456"))
        #expect(!ConstantTime.equals("123456", "123457"))
        #expect(!ConstantTime.equals("é", "e\u{301}"), "bytes are compared, not characters")
    }
}
