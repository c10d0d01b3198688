import OTP
import Testing

@Suite struct Base32Tests {
    static let rfc4648Vectors = [
        ("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"),
        ("foob", "MZXW6YQ"), ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI"),
    ]

    @Test(arguments: rfc4648Vectors)
    func encodesRFC4648Vectors(plain: String, encoded: String) {
        #expect(Base32.encode(Array(plain.utf8)) == encoded)
    }

    @Test(arguments: rfc4648Vectors)
    func decodesPaddedLowerCaseAndSpacedForms(plain: String, encoded: String) {
        let padding = String(repeating: "=", count: (8 - encoded.count % 8) % 8)
        #expect(Base32.decode(encoded) == Array(plain.utf8))
        #expect(Base32.decode(encoded + padding) == Array(plain.utf8))
        #expect(Base32.decode(encoded.lowercased()) == Array(plain.utf8))
        let spaced = encoded.enumerated().map { $0.offset % 4 == 3 ? "\($0.element) " : "\($0.element)" }.joined()
        #expect(Base32.decode(spaced) == Array(plain.utf8))
    }

    @Test func roundTripsRandomBytes() {
        for length in 0..<41 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255) }
            #expect(Base32.decode(Base32.encode(bytes)) == bytes)
        }
    }

    @Test(arguments: ["M", "MZX", "MZXW6Y", "MZXW6YTB0", "MZXW1", "MZ!Q", "ÄÖ"])
    func refusesInvalidText(text: String) {
        #expect(Base32.decode(text) == nil)
    }
}
