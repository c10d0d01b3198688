/// Where the server sends text messages (the `sms_sender` setting).
public enum SMSSenderKind: String, Codable, CaseIterable, Sendable {
    /// No gateway: phone numbers are not offered as a method (`sms_unavailable`).
    case none
    /// Into the outbox folder, for the demo and tests: no phone receives them.
    case outbox
    /// Twilio's Programmable Messaging REST API.
    case twilio
    /// A JSON POST to a gateway of one's own.
    case webhook
}

extension SMSSenderKind {
    /// The sender the settings describe, its token read from its file; nil for `none`.
    func sender(_ configuration: ServerConfiguration) throws -> (any SMSSender)? {
        switch self {
        case .none:
            return nil
        case .outbox:
            return OutboxSMSSender(folder: configuration.outbox)
        case .twilio:
            return TwilioSMSSender(
                accountSID: configuration.twilioAccountSid,
                authToken: try TokenFile.read(configuration.twilioAuthTokenFile, setting: "twilio_auth_token_file"),
                from: configuration.twilioFrom, baseURL: configuration.twilioBaseUrl,
                timeoutSeconds: configuration.smsTimeout)
        case .webhook:
            return WebhookSMSSender(
                url: configuration.smsWebhookUrl,
                token: try TokenFile.read(configuration.smsWebhookTokenFile, setting: "sms_webhook_token_file"),
                timeoutSeconds: configuration.smsTimeout)
        }
    }
}
