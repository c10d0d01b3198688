import Foundation

/// Writes each mail into the outbox folder as an RFC 5322 `.eml` file.
struct OutboxMailSender: MailSender {
    let outbox: Outbox
    let from: String

    init(folder: String, from: String) {
        self.outbox = Outbox(folder: folder)
        self.from = from
    }

    func send(_ message: MailMessage) async throws {
        let date = Date()
        let text = try InternetMessage(from: from, message: message, date: date,
                                       messageID: InternetMessage.newMessageID(from: from)).rendered()
        try outbox.deliver(text, kind: "eml", at: date)
    }
}
