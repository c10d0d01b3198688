import AuthModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Calls the API by operation, as the real client does.
struct APIClient: Sendable {
    /// Sends one request over the connection.
    let request: @Sendable (_ uri: String, _ method: HTTPRequest.Method, _ headers: HTTPFields, _ body: ByteBuffer?)
        async throws -> Reply
    /// The loopback port of the server.
    let port: Int?

    init(client: any TestClientProtocol) {
        request = { uri, method, headers, body in
            let response = try await client.executeRequest(uri: uri, method: method, headers: headers, body: body)
            return Reply(status: Int(response.status.code), headers: response.headers, body: Data(buffer: response.body))
        }
        port = client.port
    }

    init(connection: TestClient, port: Int) {
        request = { uri, method, headers, body in
            let response = try await connection.execute(
                TestClient.Request(uri, method: method, authority: "localhost", headers: headers, body: body))
            return Reply(
                status: Int(response.status.code), headers: response.headers,
                body: response.body.map { Data(buffer: $0) } ?? Data())
        }
        self.port = port
    }

    struct Reply: Sendable {
        var status: Int
        var headers: HTTPFields
        var body: Data

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try WireJSON.decode(T.self, from: body)
        }

        /// The error code of an error answer.
        var error: ErrorBody? { try? decode(ErrorResponse.self).error }
    }

    /// Sends `json` as `application/json`; `headers` add to or replace that (a proxy's, a browser's).
    func send(
        _ operation: APIOperation, _ parameters: [String: String] = [:], json: Data? = nil, token: String? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> Reply {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer " + token }
        for field in extra { headers[field.name] = field.value }
        return try await request(
            operation.path(parameters), HTTPRequest.Method(rawValue: operation.method.rawValue)!, headers,
            json.map { ByteBuffer(bytes: $0) })
    }

    func send(
        _ operation: APIOperation, _ parameters: [String: String] = [:], body: some Encodable, token: String? = nil,
        headers: HTTPFields = [:]
    ) async throws -> Reply {
        try await send(operation, parameters, json: try WireJSON.encode(body), token: token, headers: headers)
    }

    /// Calls an operation that must succeed, and decodes its answer.
    func expect<T: Decodable>(
        _ type: T.Type, _ operation: APIOperation, _ parameters: [String: String] = [:], body: (any Encodable)? = nil,
        token: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> T {
        let reply = try await send(operation, parameters, json: try body.map { try WireJSON.encode($0) }, token: token)
        try #require(reply.status == operation.successStatus, "\(operation): \(reply.error?.code.rawValue ?? "")",
                     sourceLocation: sourceLocation)
        return try reply.decode(T.self)
    }

    /// Signs in with e-mail and password; the progress after the password.
    func signIn(_ email: String, _ password: String, remember: Bool = false) async throws -> (flow: String, SignInProgress) {
        let start = try await expect(StartSignInResponse.self, .startSignIn, body: StartSignInRequest(email: email))
        let progress = try await expect(
            SignInProgress.self, .submitPassword, ["flow": start.flow],
            body: SubmitPasswordRequest(password: password, remember: remember))
        return (start.flow, progress)
    }

    /// A fresh sign-in of `email` that sends `password`: the answer to the password.
    func tryPassword(_ password: String, for email: String, headers: HTTPFields = [:]) async throws -> Reply {
        let start = try await expect(StartSignInResponse.self, .startSignIn, body: StartSignInRequest(email: email))
        return try await send(
            .submitPassword, ["flow": start.flow], body: SubmitPasswordRequest(password: password, remember: false),
            headers: headers)
    }

    /// Signs in an account without MFA and returns its session.
    func session(_ email: String, _ password: String, remember: Bool = false) async throws -> Session {
        let (_, progress) = try await signIn(email, password, remember: remember)
        return try #require(progress.session)
    }
}
