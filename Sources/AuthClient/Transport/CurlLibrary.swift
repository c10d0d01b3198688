@preconcurrency import CCurl

/// libcurl's process-wide setup, done once before the first handle (Swift runs `static let` once, thread-safely).
enum CurlLibrary {
    private static let initialization: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    static func ensureInitialized() throws(ClientError) {
        guard initialization == CURLE_OK else {
            throw .transport(code: Int(initialization.rawValue), message: "libcurl could not be initialized")
        }
    }
}
