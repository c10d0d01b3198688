import Foundation
import Testing

@testable import AuthServer

@Suite struct OutboxTests {
    /// Splits an RFC 5322 message into its headers and body.
    static func parse(_ text: String) throws -> (headers: [String: String], body: String) {
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = try #require(parts.first)
        var headers: [String: String] = [:]
        for line in head.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            try #require(pair.count == 2, "not a header line: \(line)")
            headers[pair[0]] = pair[1]
        }
        return (headers, parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    static func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func eachMailIsAPrivateRFC5322File() async throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path + "/outbox"
        let sender = OutboxMailSender(folder: folder, from: "authterm <no-reply@auth.example.com>")
        try await sender.send(MailMessage(to: "ann@example.com", subject: "Your reset code",
                                          body: "Your code is 123456.\nIt expires in 15 minutes."))

        let names = try Self.files(in: folder)
        try #require(names.count == 1)
        #expect(names[0].hasSuffix(".eml"))
        #expect(try scratch.permissions(of: "outbox") == 0o700)
        #expect(try scratch.permissions(of: "outbox/" + names[0]) == 0o600)

        let text = try String(contentsOfFile: folder + "/" + names[0], encoding: .utf8)
        let (headers, body) = try Self.parse(text)
        #expect(headers["From"] == "authterm <no-reply@auth.example.com>")
        #expect(headers["To"] == "ann@example.com")
        #expect(headers["Subject"] == "Your reset code")
        #expect(headers["MIME-Version"] == "1.0")
        #expect(headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(headers["Message-ID"]?.hasSuffix("@auth.example.com>") == true)
        let date = try #require(headers["Date"])
        #expect(date.wholeMatch(of: /[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000/) != nil)
        #expect(body == "Your code is 123456.\r\nIt expires in 15 minutes.")
    }

    @Test(arguments: [
        ("ann@example.com", "ann@example.com"), ("Ann <ann@example.com>", "ann@example.com"),
        ("\"Smith, Ann\" <ann@example.com>", "ann@example.com"), (" ann@example.com ", "ann@example.com"),
    ])
    func envelopeAddressesAreTheBareAddress(mailbox: String, address: String) {
        #expect(InternetMessage.address(of: mailbox) == address)
    }

    @Test func nonASCIISubjectsAreEncodedWords() async throws {
        let scratch = try ScratchFolder()
        let sender = OutboxMailSender(folder: scratch.path, from: "no-reply@example.com")
        try await sender.send(MailMessage(to: "zoë@example.com", subject: "Réinitialisation", body: "Voilà"))
        let name = try #require(try Self.files(in: scratch.path).first)
        let (headers, body) = try Self.parse(try String(contentsOfFile: scratch.path + "/" + name, encoding: .utf8))
        #expect(headers["Subject"] == "=?UTF-8?B?" + Data("Réinitialisation".utf8).base64EncodedString() + "?=")
        #expect(headers["Content-Transfer-Encoding"] == "8bit")
        #expect(body == "Voilà")
    }

    @Test func fileNamesSortInTheOrderOfSending() async throws {
        let scratch = try ScratchFolder()
        let sender = OutboxMailSender(folder: scratch.path, from: "no-reply@example.com")
        for index in 0..<5 {
            try await sender.send(MailMessage(to: "ann@example.com", subject: "message \(index)", body: ""))
        }
        let subjects = try Self.files(in: scratch.path).map { name in
            try Self.parse(try String(contentsOfFile: scratch.path + "/" + name, encoding: .utf8)).headers["Subject"]
        }
        #expect(subjects == (0..<5).map { "message \($0)" })
    }

    @Test func headerInjectionIsRefused() async throws {
        let scratch = try ScratchFolder()
        let sender = OutboxMailSender(folder: scratch.path, from: "no-reply@example.com")
        await #expect(throws: MailError.invalidHeader("To")) {
            try await sender.send(MailMessage(to: "ann@example.com\r\nBcc: eve@example.com", subject: "hi", body: ""))
        }
        await #expect(throws: MailError.invalidHeader("Subject")) {
            try await sender.send(MailMessage(to: "ann@example.com", subject: "hi\nBcc: eve@example.com", body: ""))
        }
        #expect(try Self.files(in: scratch.path).isEmpty)
    }

    @Test func textMessagesGoToTheSameOutbox() async throws {
        let scratch = try ScratchFolder()
        try await OutboxSMSSender(folder: scratch.path).send(to: "+15555550123", text: "Your code is 654321")
        let name = try #require(try Self.files(in: scratch.path).first)
        #expect(name.hasSuffix(".sms"))
        #expect(try scratch.permissions(of: name) == 0o600)
        let (headers, body) = try Self.parse(try String(contentsOfFile: scratch.path + "/" + name, encoding: .utf8))
        #expect(headers["To"] == "+15555550123")
        #expect(body == "Your code is 654321")
    }

    @Test func anOutboxPathThatIsAFileIsAClearError() async throws {
        let scratch = try ScratchFolder()
        let file = scratch.path + "/not-a-folder"
        _ = FileManager.default.createFile(atPath: file, contents: Data())
        await #expect(throws: MailError.self) {
            try await OutboxSMSSender(folder: file).send(to: "+15555550123", text: "hello")
        }
    }
}
