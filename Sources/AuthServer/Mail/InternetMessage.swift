import Foundation

/// Formats a `MailMessage` as an RFC 5322 message with a MIME text/plain UTF-8 body and CRLF line ends.
struct InternetMessage {
    var from: String
    var message: MailMessage
    var date: Date
    var messageID: String

    /// A new message id `<random@domain of from>`.
    static func newMessageID(from: String) -> String {
        let domain = address(of: from).split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        return "<\(SecureRandom.token(byteCount: 16))@\(domain.isEmpty ? "localhost" : domain)>"
    }

    /// The bare address of a mailbox: `ann@example.com` of `Ann <ann@example.com>` or of itself.
    static func address(of mailbox: String) -> String {
        guard let open = mailbox.lastIndex(of: "<"), let close = mailbox[open...].firstIndex(of: ">") else {
            return mailbox.trimmingCharacters(in: .whitespaces)
        }
        return String(mailbox[mailbox.index(after: open)..<close])
    }

    /// The whole message: headers, a blank line, the body.
    func rendered() throws -> String {
        try Self.checkHeader("From", from)
        try Self.checkHeader("To", message.to)
        try Self.checkHeader("Subject", message.subject)
        let headers = [
            "Date: \(UTCDateText.rfc5322(date))",
            "From: \(from)",
            "To: \(message.to)",
            "Subject: \(Self.encodedWord(message.subject))",
            "Message-ID: \(messageID)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: \(Self.isASCII(message.body) ? "7bit" : "8bit")",
        ]
        return (headers + ["", Self.withCRLF(message.body)]).joined(separator: "\r\n")
    }

    /// Refuses line breaks and other control characters, which would let a value add headers.
    static func checkHeader(_ name: String, _ value: String) throws {
        guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw MailError.invalidHeader(name)
        }
    }

    /// The subject as is when it is ASCII, else as an RFC 2047 encoded word.
    private static func encodedWord(_ text: String) -> String {
        isASCII(text) ? text : "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    private static func withCRLF(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }
}
