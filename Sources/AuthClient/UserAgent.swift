import AuthModel
import CCurl

/// The `User-Agent` every request carries.
public enum UserAgent {
    public static let value = "authterm/\(ProductVersion.current)"

    /// The libcurl build in use, e.g. `libcurl/7.88.1 OpenSSL/3.0.19 ...`, for `--version`
    /// (which loads the library to ask it).
    public static var libcurlVersion: String {
        do {
            return try Curl.library().version().map { String(cString: $0) } ?? "libcurl"
        } catch {
            guard case .transport(_, let message) = error else { return "libcurl" }
            return message
        }
    }
}
