import AuthModel
import CCurl

/// The `User-Agent` every request carries.
public enum UserAgent {
    public static let value = "authterm/\(ProductVersion.current)"

    /// The libcurl build in use, e.g. `libcurl/7.88.1 OpenSSL/3.0.19 ...`, for `--version`.
    public static var libcurlVersion: String {
        String(cString: curl_version())
    }
}
