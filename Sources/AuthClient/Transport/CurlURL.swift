@preconcurrency import CCurl

/// The scheme and host of a URL, as libcurl's own URL parser reads them.
struct CurlURL {
    let scheme: String?
    let host: String?

    /// Nil when curl cannot parse `url` as an absolute URL.
    init?(_ url: String) {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, 0) == CURLUE_OK else { return nil }
        scheme = Self.part(CURLUPART_SCHEME, of: handle)?.lowercased()
        host = Self.part(CURLUPART_HOST, of: handle)
    }

    private static func part(_ part: CURLUPart, of handle: OpaquePointer) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, part, &value, 0) == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }
}
