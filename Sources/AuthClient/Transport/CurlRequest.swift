import AuthModel
@preconcurrency import CCurl
import CCurlShims
import FoundationEssentials

/// One libcurl easy handle set up for one request, and everything it points to while in flight.
final class CurlRequest {
    let easy: UnsafeMutableRawPointer
    private let curl: Curl
    let destination: Destination
    private let response: ResponseBuffer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))

    init(_ request: HTTPRequest, to destination: Destination, configuration: TransportConfiguration, curl: Curl)
        throws(ClientError)
    {
        guard let easy = curl.easyInit() else {
            errorBuffer.deallocate()
            throw .transport(code: Int(CURLE_FAILED_INIT.rawValue), message: "libcurl could not start a request")
        }
        self.easy = easy
        self.curl = curl
        self.destination = destination
        self.response = ResponseBuffer(limit: configuration.maxResponseBytes)
        errorBuffer.initialize(to: 0)
        try configure(request, configuration)
    }

    deinit {
        curl.easyCleanup(easy)
        curl.slistFreeAll(headerList)
        errorBuffer.deallocate()
    }

    /// What the finished transfer amounts to, given curl's result code.
    func outcome(_ code: CURLcode) -> Result<HTTPResponse, ClientError> {
        guard code == CURLE_OK else {
            return .failure(CurlFailure(
                code: code, osErrno: info(CURLINFO_OS_ERRNO), message: message(for: code), host: destination.host,
                exceededBodyLimit: response.exceededLimit, bodyLimit: response.limit
            ).clientError)
        }
        return .success(HTTPResponse(status: info(CURLINFO_RESPONSE_CODE), headers: response.headers, body: response.body))
    }

    // MARK: Setting up

    private func configure(_ request: HTTPRequest, _ configuration: TransportConfiguration) throws(ClientError) {
        try set(CURLOPT_URL, request.url)
        try set(CURLOPT_NOSIGNAL, 1)
        try set(CURLOPT_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_SSL_VERIFYPEER, 1)
        try set(CURLOPT_SSL_VERIFYHOST, 2)
        if let caFile = configuration.policy.caCertificateFile {
            try set(CURLOPT_CAINFO, caFile)
        }
        if destination.isLoopback {
            try set(CURLOPT_NOPROXY, "*")
        }
        try set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.roundedUpMilliseconds)
        try set(CURLOPT_TIMEOUT_MS, configuration.totalTimeout.roundedUpMilliseconds)
        try check(authterm_curl_easy_setopt_offset(
            easy, option(CURLOPT_MAXFILESIZE_LARGE), Int64(configuration.maxResponseBytes)))
        try check(authterm_curl_easy_setopt_pointer(easy, option(CURLOPT_ERRORBUFFER), errorBuffer))
        try setCallbacks()
        try setMethodAndBody(request)
        try setHeaders(request.headers)
    }

    private func setCallbacks() throws(ClientError) {
        let buffer = Unmanaged.passUnretained(response).toOpaque()
        try check(authterm_curl_easy_setopt_data_callback(
            easy, option(CURLOPT_WRITEFUNCTION), ResponseBufferCallbacks.body))
        try check(authterm_curl_easy_setopt_pointer(easy, option(CURLOPT_WRITEDATA), buffer))
        try check(authterm_curl_easy_setopt_data_callback(
            easy, option(CURLOPT_HEADERFUNCTION), ResponseBufferCallbacks.header))
        try check(authterm_curl_easy_setopt_pointer(easy, option(CURLOPT_HEADERDATA), buffer))
    }

    private func setMethodAndBody(_ request: HTTPRequest) throws(ClientError) {
        switch request.method {
        case .get:
            try set(CURLOPT_HTTPGET, 1)
        case .post, .patch, .delete:
            if request.method != .post {
                try set(CURLOPT_CUSTOMREQUEST, request.method.rawValue)
            }
            if request.method == .post || request.body != nil {
                let body = request.body ?? Data()
                try set(CURLOPT_POSTFIELDSIZE, body.count)
                // Copied by curl; the trailing zero keeps the pointer valid for an empty body.
                let bytes = [UInt8](body) + [0]
                try check(bytes.withUnsafeBytes { raw in
                    authterm_curl_easy_setopt_pointer(
                        easy, option(CURLOPT_COPYPOSTFIELDS), UnsafeMutableRawPointer(mutating: raw.baseAddress))
                })
            }
        }
    }

    private func setHeaders(_ headers: [String: String]) throws(ClientError) {
        // "Expect:" stops curl from waiting for `100 Continue` before larger bodies.
        let lines = headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" } + ["Expect:"]
        for line in lines {
            headerList = curl.slistAppend(headerList, line)
        }
        try check(authterm_curl_easy_setopt_pointer(easy, option(CURLOPT_HTTPHEADER), headerList))
    }

    private func set(_ curlOption: CURLoption, _ value: Int) throws(ClientError) {
        try check(authterm_curl_easy_setopt_long(easy, option(curlOption), value))
    }

    private func set(_ curlOption: CURLoption, _ value: String) throws(ClientError) {
        try check(authterm_curl_easy_setopt_string(easy, option(curlOption), value))
    }

    private func option(_ curlOption: CURLoption) -> Int32 {
        Int32(bitPattern: curlOption.rawValue)
    }

    private func check(_ result: Int32) throws(ClientError) {
        let code = CURLcode(rawValue: UInt32(bitPattern: result))
        guard code == CURLE_OK else {
            throw .transport(code: Int(result), message: message(for: code))
        }
    }

    // MARK: Reading back

    private func info(_ item: CURLINFO) -> Int {
        var value = 0
        _ = authterm_curl_easy_getinfo_long(easy, Int32(bitPattern: item.rawValue), &value)
        return value
    }

    /// curl's detailed message for the last failure, or its generic one for `code`.
    private func message(for code: CURLcode) -> String {
        let detail = String(cString: errorBuffer).trimmed
        return detail.isEmpty ? curl.easyStrerror(code).map { String(cString: $0) } ?? "" : detail
    }
}
