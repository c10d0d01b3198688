import AuthModel
import FoundationEssentials

/// One line of an HTTP response head, as libcurl hands them over one by one.
enum HeaderLine: Equatable {
    /// `HTTP/1.1 200 OK`: a new response head starts (after a redirect or `100 Continue`).
    case statusLine
    case field(name: String, value: String)
    /// The blank line that ends the head, or a line that is neither of the above.
    case other

    init(_ raw: String) {
        let line = raw.trimmed
        if line.hasPrefix("HTTP/") {
            self = .statusLine
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmed.lowercased()
            let value = line[line.index(after: colon)...].trimmed
            self = name.isEmpty ? .other : .field(name: name, value: value)
        } else {
            self = .other
        }
    }
}
