import AuthModel
import Foundation
import Testing

@Suite struct RoundTripTests {
    @Test(arguments: WireSamples.all.map(\.typeName))
    func roundTrips(typeName: String) throws {
        let sample = try #require(WireSamples.all.first { $0.typeName == typeName })
        #expect(try Self.roundTrip(sample.full))
        #expect(try Self.roundTrip(sample.minimal))
    }

    @Test func encodesSnakeCaseAndISO8601() throws {
        let json = try String(decoding: WireJSON.encode(Session(
            token: "t", expiresAt: Date(timeIntervalSince1970: 0), rememberToken: "r")), as: UTF8.self)
        #expect(json == #"{"expires_at":"1970-01-01T00:00:00Z","remember_token":"r","token":"t"}"#)
    }

    @Test func decodesAnErrorBodyFromTheServer() throws {
        let body = Data(#"{"error":{"code":"rate_limited","message":"Slow down","retry_after":30}}"#.utf8)
        let decoded = try WireJSON.decode(ErrorResponse.self, from: body)
        #expect(decoded.error == ErrorBody(code: .rateLimited, message: "Slow down", retryAfter: 30))
    }

    @Test func refusesAnUnknownErrorCode() {
        let body = Data(#"{"error":{"code":"teapot","message":"?"}}"#.utf8)
        #expect(throws: DecodingError.self) { try WireJSON.decode(ErrorResponse.self, from: body) }
    }

    static func roundTrip<T: Codable & Equatable>(_ value: T) throws -> Bool {
        try WireJSON.decode(T.self, from: WireJSON.encode(value)) == value
    }
}
