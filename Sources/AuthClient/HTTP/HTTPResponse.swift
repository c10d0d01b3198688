import AuthModel
import FoundationEssentials

/// A complete HTTP answer: status, headers and the (size-capped) body.
public struct HTTPResponse: Equatable, Sendable {
    public var status: Int
    /// Header names in lower case; a repeated header keeps its last value.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// Whether `Content-Type` is `application/json`, with or without parameters such as `charset`.
    public var isJSON: Bool {
        guard let type = header("content-type") else { return false }
        let mediaType = type.split(separator: ";", maxSplits: 1).first ?? ""
        return mediaType.trimmed.lowercased() == "application/json"
    }
}
