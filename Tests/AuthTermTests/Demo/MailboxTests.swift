import Foundation
import Testing

@testable import AuthTerm

@Suite struct MailboxTests {
    static let resetMail = MailboxMessage(
        isSMS: false, date: Date(timeIntervalSince1970: 1_795_431_600), to: "demo@example.com",
        subject: "Your password reset code", body: "Your code is 123456.\n\nIt is valid for 15 minutes.")

    @Test func parsesAMailWithCRLFLineEnds() {
        let text = "Date: Mon, 23 Nov 2026 11:00:00 +0000\r\nFrom: authterm <no-reply@example.com>\r\n"
            + "To: demo@example.com\r\nSubject: Your password reset code\r\n\r\nYour code is 123456.\r\n\r\nIt is valid for 15 minutes.\r\n"
        #expect(MailboxMessage(parsing: text, isSMS: false) == Self.resetMail)
    }

    @Test func decodesASubjectInJapaneseAndReadsTheDate() {
        let subject = "パスワード再設定コードのお知らせ"
        let text = "Date: Mon, 23 Nov 2026 20:00:00 +0900\nTo: ada@example.com\n"
            + "Subject: =?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?=\n\nパスワード再設定コードは 48210-93755 です。"
        let message = MailboxMessage(parsing: text, isSMS: false)
        #expect(message.subject == subject)
        #expect(message.date == Self.resetMail.date, "20:00 at +0900 is 11:00 UTC")
        #expect(message.body == "パスワード再設定コードは 48210-93755 です。")
        #expect(MailboxMessage.decodedWords("Plain =?ISO-8859-1?Q?x?=") == "Plain =?ISO-8859-1?Q?x?=")
        #expect(MailboxMessage.date(rfc5322: "yesterday") == nil)
    }

    @Test func loadsAFolderNewestFirstAndSkipsOtherFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mailbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "To: +81312345678\nType: SMS\n\nCode 654321".write(
            to: folder.appendingPathComponent("20261123T110500.000000Z-b.sms"), atomically: true, encoding: .utf8)
        try "To: demo@example.com\nSubject: First\n\nHello".write(
            to: folder.appendingPathComponent("20261123T110000.000000Z-a.eml"), atomically: true, encoding: .utf8)
        try "not a message".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let messages = MailboxMessage.load(folder: folder.path)
        #expect(messages.map(\.subject) == ["", "First"])
        #expect(messages.map(\.date) == [nil, nil], "no Date header")
        #expect(messages.first?.body == "Code 654321")
        #expect(messages.first?.isSMS == true)
    }

    @Test func f3OpensTheMailboxOverTheScreenInTheDemo() {
        let settings = AppSettings(server: "http://127.0.0.1:4000", demoAccount: DemoAccount(email: "d@example.com", password: "p"),
                                   mailboxFolder: "/tmp/outbox")
        var driver = FlowDriver(settings: settings) { _ in nil }
        driver.type("x")
        let screen = driver.state.screen
        driver.press(.function(3))
        #expect(driver.effects == [.loadMailbox])
        driver.send(.mailboxLoaded([Self.resetMail]))
        #expect(driver.screenText.contains("Your password reset code"))
        #expect(driver.screenText.contains("Your code is 123456."))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.screen == screen)
    }

    @Test func theNewestMessageIsSelectedAndARefreshKeepsTheSelection() {
        let settings = AppSettings(server: "http://127.0.0.1:4000", demoAccount: DemoAccount(email: "d@example.com", password: "p"),
                                   mailboxFolder: "/tmp/outbox")
        let older = MailboxMessage(isSMS: false, date: Date(timeIntervalSince1970: 1_795_428_000), to: "demo@example.com",
                                   subject: "Your password reset code", body: "Your code is 111111.")
        let newest = MailboxMessage(isSMS: true, date: Date(timeIntervalSince1970: 1_795_435_200), to: "+81312345678",
                                    subject: "", body: "Code 222222")
        var driver = FlowDriver(settings: settings) { _ in nil }
        driver.press(.function(3))
        driver.send(.mailboxLoaded([Self.resetMail, older]))
        #expect(driver.screenText.contains("Your code is 123456."), "the newest message is shown first")
        driver.press(.down)
        driver.press(.character("r"))
        driver.send(.mailboxLoaded([newest, Self.resetMail, older]))
        #expect(driver.screenText.contains("Your code is 111111."), "a refresh keeps the chosen message")
    }

    @Test func noMailboxOutsideTheDemo() {
        var driver = FlowDriver { _ in nil }
        driver.press(.function(3))
        #expect(driver.state.overlay == nil)
        #expect(driver.effects.isEmpty)
        #expect(!driver.screenText.contains("F3"))
    }
}
