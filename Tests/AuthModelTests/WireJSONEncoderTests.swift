import AuthModel
import Foundation
import Testing

/// `WireJSON` writes exactly what Foundation's `JSONEncoder` writes with the dialect's settings.
@Suite struct WireJSONEncoderTests {
    /// Foundation's encoder, set up for the API's dialect: the reference.
    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func wire(_ value: some Encodable) throws -> String {
        String(decoding: try WireJSON.encode(value), as: UTF8.self)
    }

    @Test(arguments: WireSamples.all.map(\.typeName))
    func everyWireTypeIsWrittenAsFoundationWritesIt(typeName: String) throws {
        let sample = try #require(WireSamples.all.first { $0.typeName == typeName })
        #expect(try Self.wire(sample.full) == Self.foundation(sample.full))
        #expect(try Self.wire(sample.minimal) == Self.foundation(sample.minimal))
    }

    /// Quotes, backslashes, slashes, every control character, DEL, and text beyond ASCII.
    @Test func stringsAreEscapedAsFoundationEscapesThem() throws {
        let text = "a\"b\\c/d" + String((0..<0x20).map { Character(UnicodeScalar(UInt8($0))) }) + "\u{7F}é日本語👍🏽"
        let value = ErrorBody(code: .validationFailed, message: text, retryAfter: 30)
        #expect(try Self.wire(value) == Self.foundation(value))
    }

    /// Whole seconds, the second a date falls in, across leap days, centuries and before 1970.
    @Test(arguments: [
        0, 0.999, 59.5, 951_782_400, 951_868_799.75, 1_795_000_000.4, 4_107_542_399, -1, -86_400.5, -2_208_988_800,
    ])
    func datesAreWrittenAsFoundationWritesThem(seconds: Double) throws {
        let value = Session(token: "t", expiresAt: Date(timeIntervalSince1970: seconds))
        #expect(try Self.wire(value) == Self.foundation(value))
    }

    /// Keys in camelCase, with runs of capitals and digits, as `convertToSnakeCase` writes them.
    @Test func keysAreConvertedAsFoundationConvertsThem() throws {
        let value = Keys(plain: 1, twoWords: 2, myURLValue: 3, value2Go: 4, aB: 5, lastURL: 6, _leading: 7)
        #expect(try Self.wire(value) == Self.foundation(value))
    }

    /// Containers of containers, arrays of optionals, numbers of other widths.
    @Test func nestedContainersAndOtherNumbersAreWrittenAsFoundationWritesThem() throws {
        let value = Nesting(
            matrix: [[1, 2], [], [3]], optionals: [nil, "x"], wide: Int64.min, small: 255, ratio: 2.5, whole: 3,
            inner: .init(flag: false, when: Date(timeIntervalSince1970: 86_400)))
        #expect(try Self.wire(value) == Self.foundation(value))
    }

    struct Keys: Encodable {
        let plain: Int, twoWords: Int, myURLValue: Int, value2Go: Int, aB: Int, lastURL: Int, _leading: Int
    }

    struct Nesting: Encodable {
        struct Inner: Encodable {
            let flag: Bool
            let when: Date
        }

        let matrix: [[Int]], optionals: [String?], wide: Int64, small: UInt8, ratio: Double, whole: Double
        let inner: Inner
    }
}
