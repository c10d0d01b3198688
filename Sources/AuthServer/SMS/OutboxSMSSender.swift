import Foundation

/// Writes each text message into the outbox folder as an `.sms` file: headers, a blank line, the text.
struct OutboxSMSSender: SMSSender {
    let outbox: Outbox

    init(folder: String) {
        self.outbox = Outbox(folder: folder)
    }

    func send(to phone: String, text: String) async throws {
        try InternetMessage.checkHeader("To", phone)
        let date = Date()
        let file = "Date: \(UTCDateText.rfc5322(date))\r\nTo: \(phone)\r\nType: SMS\r\n\r\n\(text)"
        try outbox.deliver(file, kind: "sms", at: date)
    }
}
