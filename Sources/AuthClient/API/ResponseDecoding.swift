import AuthModel
import FoundationEssentials

/// Reading answers defensively: whatever the server sends becomes a value or a `ClientError`.
enum ResponseDecoding {
    /// The JSON body of a successful answer as `T`.
    static func body<T: Decodable>(_ type: T.Type, from response: HTTPResponse) throws(ClientError) -> T {
        guard response.isJSON else {
            throw .wrongContentType(response.header("content-type"))
        }
        do {
            return try WireJSON.decode(type, from: response.body)
        } catch {
            throw .malformedResponse(detail: "\(T.self): \(error)")
        }
    }

    /// The error an unsuccessful answer means: the API's error body when it has one,
    /// otherwise the bare status. `Retry-After` fills in a missing `retry_after`.
    static func failure(from response: HTTPResponse) -> ClientError {
        guard response.isJSON, var body = try? WireJSON.decode(ErrorResponse.self, from: response.body).error else {
            return .unexpectedStatus(response.status)
        }
        if body.retryAfter == nil, let header = response.header("retry-after") {
            body.retryAfter = Int(header.trimmed)
        }
        return .server(body)
    }
}
