import CCurl
import Foundation

/// Sends mail through an SMTP server with libcurl.
///
/// `url` is `smtp://host[:port]` or `smtps://host[:port]` (TLS from the start), with `user:password@`
/// before the host when the server wants a login. With `security` `required` (the default) nothing
/// is sent over `smtp://` before STARTTLS has succeeded, the server's certificate checked against
/// the system's CAs or `caFile`; `none` sends in the clear, which only a relay on loopback may take.
/// The URL is never logged nor put in an error.
struct SMTPMailSender: MailSender {
    let url: String
    let from: String
    var security = SMTPSecurity.required
    var caFile = ""

    static let connectTimeoutSeconds = 10
    static let transferTimeoutSeconds = 30

    func send(_ message: MailMessage) async throws {
        let text = try InternetMessage(from: from, message: message, date: Date(),
                                       messageID: InternetMessage.newMessageID(from: from)).rendered()
        let (url, security, caFile) = (url, security, caFile)
        let from = InternetMessage.address(of: from), to = InternetMessage.address(of: message.to)
        do {
            try await CurlTransfer.run {
                let transfer = try CurlTransfer()
                try transfer.set(CURLOPT_URL, url)
                try transfer.set(CURLOPT_PROTOCOLS_STR, "smtp,smtps")
                try transfer.set(CURLOPT_MAIL_FROM, "<\(from)>")
                try transfer.set(CURLOPT_MAIL_RCPT, list: ["<\(to)>"])
                try transfer.set(CURLOPT_UPLOAD, 1)
                try transfer.send(Array(text.utf8))
                try transfer.set(CURLOPT_USE_SSL, Int(security == .required ? CURLUSESSL_ALL.rawValue : CURLUSESSL_NONE.rawValue))
                if !caFile.isEmpty { try transfer.set(CURLOPT_CAINFO, caFile) }
                try transfer.set(CURLOPT_CONNECTTIMEOUT, Self.connectTimeoutSeconds)
                try transfer.set(CURLOPT_TIMEOUT, Self.transferTimeoutSeconds)
                try transfer.perform()
            }
        } catch let failure as CurlTransfer.Failure {
            throw MailError.smtp(failure.reason, replyCode: failure.replyCode)
        }
    }
}
