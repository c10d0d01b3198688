import AuthModel
import Foundation
import Testing

@testable import AuthServer

/// The language of an account: set by its holder, and the language of what the server sends it.
@Suite struct AccountLanguageTests {
    @Test func theHolderSetsTheLanguageAndTheMailFollows() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            #expect(try await api.expect(Account.self, .getAccount, token: session.token).language == .en)
            let changed = try await api.expect(
                Account.self, .updateAccount, body: UpdateAccountRequest(language: .ja), token: session.token)
            #expect(changed.language == .ja)
            #expect(try await api.expect(Account.self, .getAccount, token: session.token).language == .ja)
            let events = try await server.services.store.auditEvents(userID: nil, limit: 10)
            #expect(events.first?.kind == .languageChanged && events.first?.detail == "ja")

            _ = try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: "ada@example.com"))
            let mail = try #require(try await server.mail.waitForMessage(to: "ada@example.com", subject: "パスワード再設定コード"))
            #expect(mail.body.hasPrefix("ada 様"))
            let code = try #require(mail.body.firstMatch(of: /再設定コードは ([0-9]{5}-[0-9]{5}) です/)?.1)
            let reset = try await api.send(.resetPassword, body: ResetPasswordRequest(
                email: "ada@example.com", code: String(code), newPassword: PasswordTests.newPassword))
            #expect(reset.status == 204)
            #expect(try await server.mail.waitForMessage(to: "ada@example.com", subject: "パスワードが再設定されました") != nil)
        }
    }

    @Test func leavingTheLanguageOutChangesNothing() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            _ = try await api.expect(Account.self, .updateAccount, body: UpdateAccountRequest(language: .ja), token: session.token)
            let same = try await api.expect(Account.self, .updateAccount, body: UpdateAccountRequest(), token: session.token)
            #expect(same.language == .ja)
            let kinds = try await server.services.store.auditEvents(userID: nil, limit: 10).map(\.kind)
            #expect(kinds.filter { $0 == .languageChanged }.count == 1)
        }
    }

    @Test func onlyKnownLanguagesAndOnlyForTheSignedIn() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            let french = try await api.send(.updateAccount, json: Data(#"{"language":"fr"}"#.utf8), token: session.token)
            #expect(french.status == 400)
            let unknownField = try await api.send(.updateAccount, json: Data(#"{"lang":"ja"}"#.utf8), token: session.token)
            #expect(unknownField.status == 400)
            let anonymous = try await api.send(.updateAccount, body: UpdateAccountRequest(language: .ja))
            #expect(anonymous.status == 401)
            #expect(try await api.expect(Account.self, .getAccount, token: session.token).language == .en)
        }
    }

    @Test func textMessagesFollowTheLanguageToo() async throws {
        let server = try await TestServer()
        try await AccountAdministration(services: server.services)
            .addUser(email: "ada@example.com", displayName: "山田 太郎", password: TestServer.password, language: .ja)
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            _ = try await api.expect(
                PhoneSetup.self, .startPhoneSetup, body: StartPhoneSetupRequest(phone: "+81312345678", label: "携帯"),
                token: session.token)
            let text = try #require(server.sms.lastText(to: "+81312345678"))
            #expect(text.hasPrefix("確認コードは "), "\(text)")
            #expect(firstCode(in: text) != nil)
        }
    }
}
