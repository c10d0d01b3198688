import AuthModel
import FoundationEssentials

/// How `AuthAPI` turns an operation, its path parameters, body and session into an `APICall`.
extension AuthAPI {
    /// An operation whose successful answer carries a JSON body of type `Response`.
    func call<Response: Decodable & Sendable>(
        _ operation: APIOperation, _ parameters: [String: String] = [:], body: (any Encodable)? = nil,
        sessionToken: String? = nil
    ) -> APICall<Response> {
        APICall(operation: operation, request: request(operation, parameters, body, sessionToken)) {
            (response) throws(ClientError) -> Response in
            try ResponseDecoding.body(Response.self, from: response)
        }
    }

    /// An operation whose successful answer has no body (202, 204).
    func call(
        _ operation: APIOperation, _ parameters: [String: String] = [:], body: (any Encodable)? = nil,
        sessionToken: String? = nil
    ) -> APICall<Void> {
        APICall(operation: operation, request: request(operation, parameters, body, sessionToken)) { _ in }
    }

    private func request(
        _ operation: APIOperation, _ parameters: [String: String], _ body: (any Encodable)?, _ sessionToken: String?
    ) -> HTTPRequest {
        var headers = ["User-Agent": UserAgent.value, "Accept": "application/json"]
        if let sessionToken {
            headers["Authorization"] = "Bearer \(sessionToken)"
        }
        var data: Data?
        if let body {
            headers["Content-Type"] = "application/json"
            // The request types hold only strings and booleans, which always encode.
            data = try? WireJSON.encode(body)
        }
        return HTTPRequest(
            method: operation.method, url: server + operation.path(parameters), headers: headers, body: data)
    }
}
