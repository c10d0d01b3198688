import AuthModel
import Logging

/// Sends mails (in the background, so answers take the same time whether or not one is sent)
/// and SMS codes (awaited: the user waits for them).
struct Notifier: Sendable {
    let mail: any MailSender
    let sms: any SMSSender
    let logger: Logger

    /// Sends `mail` to `user`, in the account's language.
    func mail(_ written: AccountMail, to user: UserRecord) {
        let message = written.message(to: user)
        Task { [mail, logger] in
            do {
                try await mail.send(message)
            } catch {
                logger.error("A mail could not be sent: \(error)")
            }
        }
    }

    /// Texts `code`, valid `minutes`, to `phone` in the account's language.
    func sms(code: String, minutes: Int, to phone: String, language: Language) async throws {
        let text = CodeMessage.text(code, minutes: minutes, language: language)
        do {
            try await sms.send(to: phone, text: text)
        } catch {
            logger.error("An SMS could not be sent: \(error)")
            throw APIError(.unavailable, "The SMS could not be sent; try again later.")
        }
    }
}
