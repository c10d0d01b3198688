import AuthModel
import Foundation
import Hummingbird
import Testing

@testable import AuthServer

/// A web page cannot make its visitors' browsers drive the API: browsers send "simple" requests
/// (text/plain, form bodies) across origins without asking, and always say where they come from.
@Suite struct BrowserAttackTests {
    static let body = Data(#"{"email": "ada@example.com"}"#.utf8)

    @Test(arguments: ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", nil])
    func bodiesThatAreNotDeclaredJSONAreRefused(contentType: String?) async throws {
        try await TestServer().run { api in
            var headers: HTTPFields = [:]
            headers[.contentType] = contentType
            let reply = try await api.request(APIOperation.forgotPassword.path(), .post, headers, ByteBuffer(bytes: Self.body))
            #expect(reply.status == 415)
            #expect(reply.error?.code == .unsupportedMediaType)
        }
    }

    @Test func aRequestFromAWebPageIsRefused() async throws {
        try await TestServer().run { api in
            let reply = try await api.send(
                .forgotPassword, body: ForgotPasswordRequest(email: "ada@example.com"),
                headers: [.origin: "https://attacker.example"])
            #expect(reply.status == 403)
            #expect(try await api.send(.health, headers: [.origin: "null"]).status == 403)
        }
    }

    /// An organization's own web front end, named in `allowed_origins`, may call the API, with CORS answers.
    @Test func anAllowedOriginGetsCORSAnswers() async throws {
        let server = try await TestServer { $0.allowedOrigins = ["https://app.example.org"] }
        try await server.run { api in
            let reply = try await api.send(
                .forgotPassword, body: ForgotPasswordRequest(email: "ada@example.com"),
                headers: [.origin: "https://app.example.org"])
            #expect(reply.status == 202)
            #expect(reply.headers[.accessControlAllowOrigin] == "https://app.example.org")
            let preflight = try await api.request(
                APIOperation.forgotPassword.path(), .options,
                [.origin: "https://app.example.org", .accessControlRequestMethod: "POST"], nil)
            #expect(preflight.status == 204)
            #expect(preflight.headers[.accessControlAllowHeaders]?.contains("Content-Type") == true)
            let other = try await api.send(.health, headers: [.origin: "https://app.example.org.attacker.example"])
            #expect(other.status == 403)
            #expect(other.error?.code == .originNotAllowed)
        }
    }
}
