import AuthModel
import FoundationEssentials

/// One HTTP request as the transport sends it: everything decided, nothing sent yet.
public struct HTTPRequest: Equatable, Sendable {
    public var method: APIOperation.HTTPMethod
    /// The absolute URL, e.g. `https://auth.example.com/v1/sign-in`.
    public var url: String
    /// Header names as written; values never include a line break.
    public var headers: [String: String]
    public var body: Data?

    public init(method: APIOperation.HTTPMethod, url: String, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
