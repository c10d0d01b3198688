@preconcurrency import CCurl

/// The scheme and host of a URL, as libcurl's own URL parser reads them.
struct CurlURL {
    let scheme: String?
    let host: String?

    /// Nil when curl cannot parse `url` as an absolute URL; throws when libcurl cannot be loaded.
    static func parse(_ url: String) throws(ClientError) -> CurlURL? {
        let curl = try Curl.library()
        guard let handle = curl.url() else { return nil }
        defer { curl.urlCleanup(handle) }
        guard curl.urlSet(handle, CURLUPART_URL, url, 0) == CURLUE_OK else { return nil }
        return CurlURL(
            scheme: part(CURLUPART_SCHEME, of: handle, curl)?.lowercased(), host: part(CURLUPART_HOST, of: handle, curl))
    }

    private static func part(_ part: CURLUPart, of handle: OpaquePointer, _ curl: Curl) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard curl.urlGet(handle, part, &value, 0) == CURLUE_OK, let value else { return nil }
        defer { curl.free(value) }
        return String(cString: value)
    }
}
