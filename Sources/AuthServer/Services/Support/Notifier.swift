import AuthModel
import Logging

/// Sends mails (in the background, so answers take the same time whether or not one is sent)
/// and SMS codes (awaited: the user waits for them).
struct Notifier: Sendable {
    let mail: any MailSender
    /// nil when no gateway is set: phone numbers are not offered.
    let sms: (any SMSSender)?
    let logger: Logger
    let metrics: ServerMetrics

    var offersSMS: Bool { sms != nil }

    /// Sends `mail` to `user`, in the account's language.
    func mail(_ written: AccountMail, to user: UserRecord) {
        let message = written.message(to: user)
        Task { [mail, logger, metrics] in
            do {
                try await mail.send(message)
                metrics.mail(sent: true)
            } catch {
                metrics.mail(sent: false)
                logger.error("A mail could not be sent: \(error)")
            }
        }
    }

    /// Texts `code`, valid `minutes`, to `phone` in the account's language, or tells the user plainly
    /// why it was not sent: no gateway is set (`sms_unavailable`), or the gateway failed or took too
    /// long (`unavailable`, try again).
    func sms(code: String, minutes: Int, to phone: String, language: Language) async throws {
        guard let sms else { throw APIError.smsUnavailable }
        let text = CodeMessage.text(code, minutes: minutes, language: language)
        do {
            try await sms.send(to: phone, text: text)
            metrics.sms(sent: true)
        } catch {
            metrics.sms(sent: false)
            logger.error("An SMS could not be sent: \(error)")
            throw APIError(.unavailable, "The text message could not be sent; try again in a minute or use another method.",
                           retryAfter: 60)
        }
    }
}
