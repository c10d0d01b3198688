import Foundation
import Synchronization

@testable import AuthServer

/// Keeps every mail instead of sending it.
final class RecordingMailSender: MailSender {
    private let sent = Mutex<[MailMessage]>([])

    func send(_ message: MailMessage) async throws {
        sent.withLock { $0.append(message) }
    }

    var messages: [MailMessage] { sent.withLock { $0 } }

    /// The newest mail to `address` whose subject contains `subject`, waiting a little since mails go out in the background.
    func waitForMessage(to address: String, subject: String) async throws -> MailMessage? {
        for _ in 0..<200 {
            if let message = messages.last(where: { $0.to == address && $0.subject.contains(subject) }) {
                return message
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        return nil
    }
}

/// Keeps every SMS instead of sending it.
final class RecordingSMSSender: SMSSender {
    private let sent = Mutex<[(phone: String, text: String)]>([])

    func send(to phone: String, text: String) async throws {
        sent.withLock { $0.append((phone, text)) }
    }

    /// The newest SMS to `phone`.
    func lastText(to phone: String) -> String? {
        sent.withLock { $0.last { $0.phone == phone }?.text }
    }

    /// The 6-digit code of the newest SMS to `phone`.
    func lastCode(to phone: String) -> String? {
        lastText(to: phone).flatMap(firstCode)
    }

    var count: Int { sent.withLock { $0.count } }
}

/// The first run of six digits in `text`.
func firstCode(in text: String) -> String? {
    text.split(whereSeparator: { !$0.isNumber }).first { $0.count == 6 }.map(String.init)
}
