import Foundation

/// Sends text messages through a gateway of one's own: a JSON POST of `{"to": "+81…", "text": "…"}`
/// to `url` with `Authorization: Bearer TOKEN`; any 2xx answer means the gateway took it.
struct WebhookSMSSender: SMSSender {
    let url: String
    let token: String
    let timeoutSeconds: Int

    private struct Message: Encodable {
        var to: String
        var text: String
    }

    func send(to phone: String, text: String) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let (status, _) = try await GatewayRequest(
            url: url, headers: ["Content-Type: application/json", "Authorization: Bearer \(token)"],
            body: Array(try encoder.encode(Message(to: phone, text: text))), timeoutSeconds: timeoutSeconds
        ).send()
        guard (200..<300).contains(status) else { throw SMSError.refused(status: status, code: nil) }
    }
}
