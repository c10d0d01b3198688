import Logging

/// Sends mails (in the background, so answers take the same time whether or not one is sent)
/// and SMS codes (awaited: the user waits for them).
struct Notifier: Sendable {
    let mail: any MailSender
    let sms: any SMSSender
    let logger: Logger

    func mail(to address: String, subject: String, body: String) {
        let message = MailMessage(to: address, subject: subject, body: body)
        Task { [mail, logger] in
            do {
                try await mail.send(message)
            } catch {
                logger.error("A mail could not be sent: \(error)")
            }
        }
    }

    func sms(to phone: String, text: String) async throws {
        do {
            try await sms.send(to: phone, text: text)
        } catch {
            logger.error("An SMS could not be sent: \(error)")
            throw APIError(.unavailable, "The SMS could not be sent; try again later.")
        }
    }
}
