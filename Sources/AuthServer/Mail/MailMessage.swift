/// A plain-text message to one recipient.
struct MailMessage: Sendable, Equatable {
    var to: String
    var subject: String
    var body: String
}

/// Delivers mail: by SMTP when configured, otherwise into the outbox folder.
protocol MailSender: Sendable {
    func send(_ message: MailMessage) async throws
}

/// Why a message was not delivered. Descriptions never contain credentials.
enum MailError: Error, Equatable, CustomStringConvertible {
    /// An address or header held line breaks or control characters (header injection).
    case invalidHeader(String)
    /// The message could not be written to the outbox.
    case outbox(String)
    /// The SMTP transfer failed: libcurl's error text and the server's last reply code (0 when none).
    case smtp(String, replyCode: Int)

    var description: String {
        switch self {
        case .invalidHeader(let name): "the \(name) header holds characters that are not allowed"
        case .outbox(let reason): "outbox: \(reason)"
        case .smtp(let reason, let code): code == 0 ? "SMTP: \(reason)" : "SMTP: \(reason) (reply \(code))"
        }
    }
}
