import AuthModel
import Foundation

/// Sends text messages with Twilio's Programmable Messaging REST API: a form POST to
/// `BASE/2010-04-01/Accounts/SID/Messages.json` with `To`, `Body` and `From` (a phone number)
/// or `MessagingServiceSid` (`MG…`), authenticated as the account with its auth token.
struct TwilioSMSSender: SMSSender {
    let accountSID: String
    let authToken: String
    let from: String
    let baseURL: String
    let timeoutSeconds: Int

    var messagesURL: String {
        (baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL) + "/2010-04-01/Accounts/\(accountSID)/Messages.json"
    }

    func send(to phone: String, text: String) async throws {
        let sender = from.hasPrefix("MG") ? ("MessagingServiceSid", from) : ("From", from)
        let form = [("To", phone), sender, ("Body", text)]
            .map { PercentEncoding.encoded($0.0) + "=" + PercentEncoding.encoded($0.1) }
            .joined(separator: "&")
        let (status, answer) = try await GatewayRequest(
            url: messagesURL,
            headers: ["Content-Type: application/x-www-form-urlencoded", "Accept: application/json"],
            body: Array(form.utf8), timeoutSeconds: timeoutSeconds, login: (accountSID, authToken)
        ).send()
        guard (200..<300).contains(status) else {
            // Twilio's error answer: {"code": 21211, "message": "...", "more_info": "...", "status": 400}.
            let code = (try? JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any])?["code"]
            throw SMSError.refused(status: status, code: (code as? Int).map(String.init))
        }
    }
}
