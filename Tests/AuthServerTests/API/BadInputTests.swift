import AuthModel
import Foundation
import Testing

@testable import AuthServer

@Suite struct BadInputTests {
    @Test(arguments: [
        ("not json", 400, ErrorCode.malformedRequest),
        ("[]", 400, .malformedRequest),
        (#"{"email": 42}"#, 400, .malformedRequest),
        (#"{}"#, 400, .malformedRequest),
        (#"{"email": "ada@example.com", "admin": true}"#, 400, .malformedRequest),
        (#"{"email": "no-at-sign"}"#, 422, .validationFailed),
        (#"{"email": "\u202eada@example.com"}"#, 422, .validationFailed),
    ])
    func badBodiesAreRefusedInTheErrorShape(body: String, status: Int, code: ErrorCode) async throws {
        try await TestServer().run { api in
            let reply = try await api.send(.startSignIn, json: Data(body.utf8))
            #expect(reply.status == status)
            #expect(reply.error?.code == code)
        }
    }

    @Test func oversizedBodiesAreRefused() async throws {
        try await TestServer().run { api in
            let huge = try WireJSON.encode(StartSignInRequest(email: String(repeating: "a", count: 100_000)))
            let reply = try await api.send(.startSignIn, json: huge)
            #expect(reply.status == 413)
            #expect(reply.error?.code == .payloadTooLarge)
        }
    }

    @Test func unknownPathsAnswerNotFound() async throws {
        try await TestServer().run { api in
            let reply = try await api.request("/v1/nothing", .get, [:], nil)
            #expect(reply.status == 404)
            #expect(reply.error?.code == .notFound)
        }
    }
}
