import CCurl
import CCurlShims
import Foundation

/// One blocking libcurl transfer (an SMTP submission, a POST to an SMS gateway), set up option by
/// option. What it fails with is libcurl's text and the server's last reply code: never the URL or
/// credentials, which must not reach a log.
final class CurlTransfer {
    private let easy: UnsafeMutableRawPointer
    private var lists: [UnsafeMutablePointer<curl_slist>?] = []
    private var body: RequestBody?
    private let reply = ReplyBuffer()

    /// Why a transfer failed: libcurl's error text and the server's last reply code (0 when none).
    struct Failure: Error {
        var reason: String
        var replyCode: Int
        var timedOut: Bool
    }

    init() throws {
        guard let easy = curl_easy_init() else { throw Failure(reason: "libcurl could not start", replyCode: 0, timedOut: false) }
        self.easy = easy
        try set(CURLOPT_NOSIGNAL, 1)
    }

    deinit {
        curl_easy_cleanup(easy)
        lists.forEach { curl_slist_free_all($0) }
    }

    func set(_ option: CURLoption, _ value: String) throws {
        try check(authterm_curl_easy_setopt_string(easy, Int32(option.rawValue), value))
    }

    func set(_ option: CURLoption, _ value: Int) throws {
        try check(authterm_curl_easy_setopt_long(easy, Int32(option.rawValue), value))
    }

    /// A list option (recipients, headers); the list lives as long as the transfer.
    func set(_ option: CURLoption, list: [String]) throws {
        let list = list.reduce(nil as UnsafeMutablePointer<curl_slist>?) { curl_slist_append($0, $1) }
        lists.append(list)
        try check(authterm_curl_easy_setopt_pointer(easy, Int32(option.rawValue), UnsafeMutableRawPointer(list)))
    }

    /// Bytes libcurl uploads (`CURLOPT_UPLOAD`: an SMTP message) or posts (`CURLOPT_POST`: a form or JSON).
    func send(_ bytes: [UInt8]) throws {
        let body = RequestBody(bytes)
        self.body = body
        let read: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
            buffer, size, count, context in
            Unmanaged<RequestBody>.fromOpaque(context!).takeUnretainedValue().read(into: buffer, capacity: size * count)
        }
        try check(authterm_curl_easy_setopt_data_callback(easy, Int32(CURLOPT_READFUNCTION.rawValue), read))
        try check(authterm_curl_easy_setopt_pointer(
            easy, Int32(CURLOPT_READDATA.rawValue), Unmanaged.passUnretained(body).toOpaque()))
        try check(authterm_curl_easy_setopt_offset(easy, Int32(CURLOPT_POSTFIELDSIZE_LARGE.rawValue), Int64(bytes.count)))
    }

    /// Runs the transfer; the server's reply code (an HTTP status, an SMTP reply) and the start of its answer.
    @discardableResult
    func perform() throws -> (code: Int, answer: String) {
        let write: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
            buffer, size, count, context in
            Unmanaged<ReplyBuffer>.fromOpaque(context!).takeUnretainedValue().append(buffer, count: size * count)
        }
        try check(authterm_curl_easy_setopt_data_callback(easy, Int32(CURLOPT_WRITEFUNCTION.rawValue), write))
        try check(authterm_curl_easy_setopt_pointer(
            easy, Int32(CURLOPT_WRITEDATA.rawValue), Unmanaged.passUnretained(reply).toOpaque()))
        let result = withExtendedLifetime((body, reply)) { curl_easy_perform(easy) }
        var code = 0
        _ = authterm_curl_easy_getinfo_long(easy, Int32(CURLINFO_RESPONSE_CODE.rawValue), &code)
        guard result == CURLE_OK else {
            throw Failure(reason: String(cString: curl_easy_strerror(result)), replyCode: code,
                          timedOut: result == CURLE_OPERATION_TIMEDOUT)
        }
        return (code, reply.text)
    }

    /// Runs `work` on a thread of its own: libcurl blocks, and the cooperative pool must not.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    private func check(_ code: Int32) throws {
        guard code == CURLE_OK.rawValue else {
            throw Failure(reason: String(cString: curl_easy_strerror(CURLcode(UInt32(code)))), replyCode: 0, timedOut: false)
        }
    }
}

/// The bytes libcurl reads, in chunks.
private final class RequestBody {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func read(into buffer: UnsafeMutablePointer<CChar>?, capacity: Int) -> Int {
        let count = min(capacity, bytes.count - offset)
        guard let buffer, count > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { source in
            UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}

/// The first bytes of what the server answered: enough for a gateway's error, never unbounded.
private final class ReplyBuffer {
    static let limit = 4096
    private var bytes: [UInt8] = []

    func append(_ buffer: UnsafeMutablePointer<CChar>?, count: Int) -> Int {
        if let buffer, bytes.count < Self.limit {
            let kept = min(count, Self.limit - bytes.count)
            bytes += UnsafeRawBufferPointer(start: buffer, count: kept)
        }
        return count
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
