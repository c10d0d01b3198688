import Foundation
import Testing

@testable import AuthServer

@Suite struct SMTPMailSenderTests {
    @Test func deliversTheMessageToAnSMTPServer() async throws {
        let sink = try SMTPSink()
        let sender = SMTPMailSender(url: "smtp://127.0.0.1:\(sink.port)", from: "authterm <no-reply@example.com>",
                                    security: .none)
        try await sender.send(MailMessage(to: "Ann <ann@example.com>", subject: "Your reset code",
                                          body: "Your code is 123456.\n.\nBye"))
        let transcript = sink.transcript()
        #expect(transcript.contains("MAIL FROM:<no-reply@example.com>"))
        #expect(transcript.contains("RCPT TO:<ann@example.com>"))
        #expect(transcript.contains("DATA From: authterm <no-reply@example.com>"))
        #expect(transcript.contains("DATA To: Ann <ann@example.com>"))
        #expect(transcript.contains("DATA Subject: Your reset code"))
        #expect(transcript.contains("DATA Your code is 123456."))
        #expect(transcript.contains("DATA .."), "a line holding only a dot is escaped")
        #expect(transcript.contains("DATA Bye"))
    }

    @Test func aRefusedRecipientIsATypedErrorWithTheReplyCode() async throws {
        let sink = try SMTPSink(rejectRecipients: true)
        let sender = SMTPMailSender(url: "smtp://127.0.0.1:\(sink.port)", from: "no-reply@example.com", security: .none)
        let error = await #expect(throws: MailError.self) {
            try await sender.send(MailMessage(to: "nobody@example.com", subject: "hi", body: "hi"))
        }
        guard case .smtp(_, let replyCode) = error else {
            Issue.record("expected an SMTP error, got \(String(describing: error))")
            return
        }
        #expect(replyCode == 550)
        _ = sink.transcript()
    }

    /// By default nothing is sent before STARTTLS: a server that does not offer it gets no mail at all.
    @Test func aServerWithoutSTARTTLSGetsNothingByDefault() async throws {
        let sink = try SMTPSink()
        let sender = SMTPMailSender(url: "smtp://127.0.0.1:\(sink.port)", from: "no-reply@example.com")
        await #expect(throws: MailError.self) {
            try await sender.send(MailMessage(to: "ann@example.com", subject: "Your code", body: "123456"))
        }
        let transcript = sink.transcript()
        #expect(!transcript.contains { $0.hasPrefix("MAIL") || $0.hasPrefix("RCPT") || $0.hasPrefix("DATA") })
    }

    /// A real SMTP server (aiosmtpd) with STARTTLS: the message arrives over TLS, the server's
    /// certificate checked against the CA file; without that CA the certificate is refused.
    @Test func deliversOverSTARTTLSCheckingTheServersCertificate() async throws {
        let server = try StartTLSServer()
        let url = "smtp://127.0.0.1:\(server.port)"
        let untrusted = SMTPMailSender(url: url, from: "no-reply@example.com")
        await #expect(throws: MailError.self) {
            try await untrusted.send(MailMessage(to: "ann@example.com", subject: "Your code", body: "123456"))
        }
        let sender = SMTPMailSender(url: url, from: "authterm <no-reply@example.com>", caFile: server.certificate)
        try await sender.send(MailMessage(to: "Ann <ann@example.com>", subject: "Your reset code", body: "Your code is 314159."))
        let received = try #require(try server.received())
        #expect(received.tls)
        #expect(received.from == "no-reply@example.com")
        #expect(received.to == ["ann@example.com"])
        #expect(received.content.contains("Subject: Your reset code"))
        #expect(received.content.contains("Your code is 314159."))
    }

    @Test func errorsNeverRevealTheCredentials() async throws {
        let sender = SMTPMailSender(url: "smtp://mailer:s3cret-pass@127.0.0.1:1", from: "no-reply@example.com")
        let error = await #expect(throws: MailError.self) {
            try await sender.send(MailMessage(to: "ann@example.com", subject: "hi", body: "hi"))
        }
        let text = String(describing: try #require(error))
        #expect(!text.contains("s3cret-pass"))
        #expect(!text.contains("mailer"))
    }
}
