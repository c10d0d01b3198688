import CCurl
import CCurlShims
import Foundation

/// Sends mail through an SMTP server with libcurl.
///
/// `url` is `smtp://host[:port]` or `smtps://host[:port]` (TLS from the start), with `user:password@`
/// before the host when the server wants a login. Over `smtp://`, STARTTLS is used when offered and
/// required when credentials are given, so a password never crosses the network in the clear.
/// The URL is never logged nor put in an error.
struct SMTPMailSender: MailSender {
    let url: String
    let from: String

    static let connectTimeoutSeconds = 10
    static let transferTimeoutSeconds = 30

    init(url: String, from: String) {
        self.url = url
        self.from = from
    }

    func send(_ message: MailMessage) async throws {
        let text = try InternetMessage(from: from, message: message, date: Date(),
                                       messageID: InternetMessage.newMessageID(from: from)).rendered()
        let transfer = SMTPTransfer(url: url, from: InternetMessage.address(of: from),
                                    to: InternetMessage.address(of: message.to), payload: Array(text.utf8))
        // libcurl blocks: run it on a thread of its own rather than on the cooperative pool.
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            Thread.detachNewThread {
                continuation.resume(with: Result { try transfer.run() })
            }
        }
    }
}

/// One blocking SMTP transfer of one message to one recipient; `from` and `to` are bare addresses.
private struct SMTPTransfer: Sendable {
    let url: String
    let from: String
    let to: String
    let payload: [UInt8]

    func run() throws {
        guard let easy = curl_easy_init() else { throw MailError.smtp("libcurl could not start", replyCode: 0) }
        defer { curl_easy_cleanup(easy) }
        let recipients = curl_slist_append(nil, "<\(to)>")
        defer { curl_slist_free_all(recipients) }

        let source = PayloadSource(payload)
        let usesLogin = URLComponents(string: url)?.user.map { !$0.isEmpty } ?? false
        let readCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
            buffer, size, count, context in
            Unmanaged<PayloadSource>.fromOpaque(context!).takeUnretainedValue().read(into: buffer, capacity: size * count)
        }
        try withExtendedLifetime(source) {
            try check(authterm_curl_easy_setopt_string(easy, option(CURLOPT_URL), url))
            try check(authterm_curl_easy_setopt_string(easy, option(CURLOPT_MAIL_FROM), "<\(from)>"))
            try check(authterm_curl_easy_setopt_pointer(easy, option(CURLOPT_MAIL_RCPT), UnsafeMutableRawPointer(recipients)))
            try check(authterm_curl_easy_setopt_long(easy, option(CURLOPT_UPLOAD), 1))
            try check(authterm_curl_easy_setopt_data_callback(easy, option(CURLOPT_READFUNCTION), readCallback))
            try check(authterm_curl_easy_setopt_pointer(easy, option(CURLOPT_READDATA),
                                                        Unmanaged.passUnretained(source).toOpaque()))
            try check(authterm_curl_easy_setopt_long(easy, option(CURLOPT_USE_SSL),
                                                     Int(usesLogin ? CURLUSESSL_ALL.rawValue : CURLUSESSL_TRY.rawValue)))
            try check(authterm_curl_easy_setopt_long(easy, option(CURLOPT_NOSIGNAL), 1))
            try check(authterm_curl_easy_setopt_long(easy, option(CURLOPT_CONNECTTIMEOUT),
                                                     SMTPMailSender.connectTimeoutSeconds))
            try check(authterm_curl_easy_setopt_long(easy, option(CURLOPT_TIMEOUT), SMTPMailSender.transferTimeoutSeconds))
            let result = curl_easy_perform(easy)
            guard result == CURLE_OK else {
                var reply = 0
                _ = authterm_curl_easy_getinfo_long(easy, Int32(CURLINFO_RESPONSE_CODE.rawValue), &reply)
                throw MailError.smtp(String(cString: curl_easy_strerror(result)), replyCode: reply)
            }
        }
    }

    private func option(_ option: CURLoption) -> Int32 {
        Int32(option.rawValue)
    }

    private func check(_ code: Int32) throws {
        guard code == CURLE_OK.rawValue else {
            throw MailError.smtp(String(cString: curl_easy_strerror(CURLcode(UInt32(code)))), replyCode: 0)
        }
    }
}

/// The bytes libcurl reads as the message, in chunks.
private final class PayloadSource {
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
