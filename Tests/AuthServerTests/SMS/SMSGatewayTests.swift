import AuthModel
import Foundation
import Testing

@testable import AuthServer

/// The gateways as a real one sees them: each test starts a gateway double on loopback that
/// checks the exact request, and the senders and the API answer as its reply says.
@Suite struct SMSGatewayTests {
    static let accountSID = "AC" + String(repeating: "0123456789abcdef", count: 2)

    @Test func twilioGetsAFormPostWithTheAccountsLogin() async throws {
        let gateway = try GatewayDouble(status: 201, body: #"{"sid": "SM1", "status": "queued"}"#)
        let sender = TwilioSMSSender(accountSID: Self.accountSID, authToken: "tw-token", from: "+15550001111",
                                     baseURL: gateway.url + "/", timeoutSeconds: 5)
        try await sender.send(to: "+81312345678", text: "Your code is 123456 & more")
        let request = try gateway.request()
        #expect(request.method == "POST")
        #expect(request.path == "/2010-04-01/Accounts/\(Self.accountSID)/Messages.json")
        #expect(request.header("Authorization") == "Basic " + Data("\(Self.accountSID):tw-token".utf8).base64EncodedString())
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.form == ["To": "+81312345678", "From": "+15550001111", "Body": "Your code is 123456 & more"])
    }

    @Test func twilioWithAMessagingServiceSendsItsSID() async throws {
        let gateway = try GatewayDouble(status: 201)
        let service = "MG" + String(repeating: "ab", count: 16)
        try await TwilioSMSSender(accountSID: Self.accountSID, authToken: "t", from: service, baseURL: gateway.url,
                                  timeoutSeconds: 5).send(to: "+81312345678", text: "hi")
        #expect(try gateway.request().form == ["To": "+81312345678", "MessagingServiceSid": service, "Body": "hi"])
    }

    @Test func twiliosRefusalIsAnErrorWithItsCodeAndNoSecrets() async throws {
        let gateway = try GatewayDouble(
            status: 400, body: #"{"code": 21211, "message": "The 'To' number +81312345678 is not valid.", "status": 400}"#)
        let sender = TwilioSMSSender(accountSID: Self.accountSID, authToken: "tw-token", from: "+15550001111",
                                     baseURL: gateway.url, timeoutSeconds: 5)
        let error = await #expect(throws: SMSError.self) { try await sender.send(to: "+81312345678", text: "123456") }
        #expect(error == .refused(status: 400, code: "21211"))
        let text = String(describing: try #require(error))
        for secret in ["tw-token", "+81312345678", "123456"] { #expect(!text.contains(secret)) }
        _ = try gateway.request()
    }

    @Test func theWebhookGetsJSONWithTheBearerToken() async throws {
        let gateway = try GatewayDouble(status: 202)
        try await WebhookSMSSender(url: gateway.url + "/sms/send", token: "hook-token", timeoutSeconds: 5)
            .send(to: "+81312345678", text: "Your code is 654321")
        let request = try gateway.request()
        #expect(request.method == "POST")
        #expect(request.path == "/sms/send")
        #expect(request.header("Authorization") == "Bearer hook-token")
        #expect(request.header("Content-Type") == "application/json")
        let body = try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: String]
        #expect(body == ["to": "+81312345678", "text": "Your code is 654321"])
    }

    @Test func aGatewayThatDoesNotAnswerInTimeIsUnreachable() async throws {
        let gateway = try GatewayDouble(status: 200, delay: 3)
        let error = await #expect(throws: SMSError.self) {
            try await WebhookSMSSender(url: gateway.url, token: "t", timeoutSeconds: 1).send(to: "+81312345678", text: "1")
        }
        #expect(error == .unreachable("no answer within 1 s"))
    }

    /// A server configured with a webhook: the code reaches the gateway and registers the phone.
    @Test func aPhoneIsRegisteredWithTheCodeTheGatewayReceived() async throws {
        let gateway = try GatewayDouble(status: 200)
        let scratch = try ScratchFolder()
        let token = try Self.tokenFile("hook-token\n", in: scratch)
        let server = try await TestServer(texting: .configured) {
            $0.smsSender = .webhook
            $0.smsWebhookUrl = gateway.url + "/send"
            $0.smsWebhookTokenFile = token
        }
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            let service = try await api.expect(ServiceInfo.self, .getService)
            #expect(service.methods.contains(.sms))
            let setup = try await api.expect(
                PhoneSetup.self, .startPhoneSetup, body: StartPhoneSetupRequest(phone: "+81 3-1234-5678", label: "Mobile"),
                token: session.token)
            let request = try gateway.request()
            #expect(request.header("Authorization") == "Bearer hook-token")
            let text = try #require((try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: String])?["text"])
            let code = try #require(text.split(whereSeparator: { !$0.isNumber }).first { $0.count == 6 })
            let method = try await api.expect(
                MethodResponse.self, .verifyPhoneSetup, ["setup": setup.setup], body: VerifySetupRequest(code: String(code)),
                token: session.token
            ).method
            #expect(method.kind == .sms)
            let events = try await server.services.store.auditEvents(userID: nil, limit: 20).map(\.kind)
            #expect(events.contains(.smsSent))
        }
    }

    /// A gateway that fails or is too slow: the user is told to try again (503, not a 500), and it is audited.
    @Test(arguments: [(500, 0.0), (200, 3.0)])
    func aFailingGatewayIsAClearErrorAndAnAuditEvent(status: Int, delay: Double) async throws {
        let gateway = try GatewayDouble(status: status, delay: delay)
        let scratch = try ScratchFolder()
        let token = try Self.tokenFile("tw-token", in: scratch)
        let server = try await TestServer(texting: .configured) {
            $0.smsSender = .twilio
            $0.twilioAccountSid = Self.accountSID
            $0.twilioAuthTokenFile = token
            $0.twilioFrom = "+15550001111"
            $0.twilioBaseUrl = gateway.url
            $0.smsTimeout = 1
        }
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            let reply = try await api.send(
                .startPhoneSetup, body: StartPhoneSetupRequest(phone: "+81312345678", label: "Mobile"), token: session.token)
            #expect(reply.status == 503)
            #expect(reply.error?.code == .unavailable)
            #expect(reply.error?.message.contains("text message could not be sent") == true)
            let events = try await server.services.store.auditEvents(userID: nil, limit: 20)
            let failure = try #require(events.first { $0.kind == .smsFailed })
            #expect(failure.detail == "+81 •••• •••78", "the masked number")
            #expect(!events.contains { $0.kind == .smsSent })
        }
        _ = try gateway.request()
    }

    /// No gateway: phone numbers are not offered, and asking for one says so.
    @Test func withoutAGatewayPhonesAreNotOffered() async throws {
        let server = try await TestServer(texting: .configured)
        try await server.addUser()
        try await server.run { api in
            let service = try await api.expect(ServiceInfo.self, .getService)
            #expect(service.methods == [.totp])
            let session = try await api.session("ada@example.com", TestServer.password)
            let reply = try await api.send(
                .startPhoneSetup, body: StartPhoneSetupRequest(phone: "+81312345678", label: "Mobile"), token: session.token)
            #expect(reply.status == 409)
            #expect(reply.error?.code == .smsUnavailable)
        }
    }

    private static func tokenFile(_ text: String, in scratch: ScratchFolder) throws -> String {
        let path = scratch.path + "/token-\(UUID().uuidString)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
