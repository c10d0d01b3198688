import AuthModel
import Foundation
import Testing

@testable import AuthServer

/// An attacker who knows only the e-mail address guesses reset codes: with the default `clear-mfa`
/// a guessed reset would take the account, MFA included.
@Suite struct ResetCodeAttackTests {
    static let email = "ada@example.com"
    static let newPassword = "copper-meadow-signal-82"

    @Test(arguments: StoreKind.allCases)
    func wrongCodesAddUpForTheAccountAcrossReissuedCodes(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            // Each new mail brings a fresh code; the guesses against all of them count together.
            var guesses = 0
            while guesses < 10 {
                let code = try await api.mailedResetCode(server, to: Self.email)
                for _ in 0..<4 where guesses < 10 {
                    let reply = try await api.reset(Self.email, code: wrongCode(for: code), Self.newPassword)
                    guesses += 1
                    #expect(reply.error?.code == (guesses < 10 ? .invalidCode : .locked), "guess \(guesses)")
                }
            }
            // The account's reset is locked now: even the genuine code of a fresh mail is refused.
            let genuine = try await api.mailedResetCode(server, to: Self.email)
            let refused = try await api.reset(Self.email, code: genuine, Self.newPassword)
            #expect(refused.error?.code == .locked)
            #expect(try #require(refused.error?.retryAfter) > 0)
            #expect(try await api.session(Self.email, TestServer.password).token.isEmpty == false)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func parallelWrongCodesAreJudgedAtMostThresholdTimesAndBurnTheCode(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            let code = try await api.mailedResetCode(server, to: Self.email)
            let replies = try await api.concurrently(40) { _, api in
                try await api.reset(Self.email, code: wrongCode(for: code), Self.newPassword)
            }
            #expect(replies.allSatisfy { $0.status < 500 })
            let judged = replies.filter { $0.error?.code == .invalidCode }.count
            #expect(judged <= 10, "\(judged) guesses were judged")
            #expect(replies.allSatisfy { [.invalidCode, .locked].contains($0.error?.code) })

            // Once the lock is over, the code that was guessed at stays burnt.
            server.clock.advance(3600)
            let late = try await api.reset(Self.email, code: code, Self.newPassword)
            #expect(late.error?.code == .invalidCode)
            _ = try await api.session(Self.email, TestServer.password)
        }
    }
}

extension APIClient {
    /// Asks for a reset mail and reads the code in it, as its recipient would.
    func mailedResetCode(_ server: TestServer, to email: String) async throws -> String {
        let before = server.mail.messages.count
        #expect(try await send(.forgotPassword, body: ForgotPasswordRequest(email: email)).status == 202)
        for _ in 0..<200 {
            if let mail = server.mail.messages.dropFirst(before).last(where: { $0.to == email && $0.subject.contains("reset code") }) {
                return try #require(resetCode(in: mail.body))
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        Issue.record("no reset mail reached \(email)")
        return ""
    }

    func reset(_ email: String, code: String, _ newPassword: String) async throws -> Reply {
        try await send(.resetPassword, body: ResetPasswordRequest(email: email, code: code, newPassword: newPassword))
    }
}

/// The reset code of a mail, as its reader copies it: the digits after "reset code is", with the dash.
func resetCode(in body: String) -> String? {
    body.firstMatch(of: /reset code is ([0-9-]+)\./).map { String($0.1) }
}

/// A code of the same shape that is surely wrong: its first digit changed.
func wrongCode(for code: String) -> String {
    String(code.enumerated().map { index, digit in
        index == 0 ? Character(String(((digit.wholeNumberValue ?? 0) + 1) % 10)) : digit
    })
}
