import AuthModel
import Foundation
import Testing

@testable import AuthServer

@Suite struct PasswordTests {
    static let newPassword = "copper-meadow-signal-82"

    @Test func forgotAlwaysAcceptsButMailsOnlyRegisteredAccounts() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            for email in ["nobody@example.com", "ada@example.com"] {
                let reply = try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: email))
                #expect(reply.status == 202)
                #expect(reply.body.isEmpty)
            }
            #expect(try await server.mail.waitForMessage(to: "ada@example.com", subject: "reset code") != nil)
            #expect(server.mail.messages.allSatisfy { $0.to == "ada@example.com" })
            let bad = try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: "not an address"))
            #expect(bad.status == 422)
        }
    }

    @Test func resetClearsMFAAndForcesASetupAtTheNextSignIn() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password, remember: true)
            _ = try await api.enrollAuthenticator(token: session.token, clock: server.clock)
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: session.token)

            _ = try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: "ada@example.com"))
            let mail = try #require(try await server.mail.waitForMessage(to: "ada@example.com", subject: "reset code"))
            let code = try #require(resetCode(in: mail.body))

            let weak = try await api.send(
                .resetPassword, body: ResetPasswordRequest(email: "ada@example.com", code: code, newPassword: "password"))
            #expect(weak.error?.code == .weakPassword)
            let wrong = try await api.send(
                .resetPassword,
                body: ResetPasswordRequest(email: "ada@example.com", code: "000000", newPassword: Self.newPassword))
            #expect(wrong.error?.code == .invalidCode)
            let reset = try await api.send(
                .resetPassword, body: ResetPasswordRequest(email: "ada@example.com", code: code, newPassword: Self.newPassword))
            #expect(reset.status == 204)
            let again = try await api.send(
                .resetPassword, body: ResetPasswordRequest(email: "ada@example.com", code: code, newPassword: Self.newPassword))
            #expect(again.error?.code == .invalidCode)

            // Every session is signed out, the remember token too.
            #expect(try await api.send(.getAccount, token: session.token).status == 401)
            let resume = try await api.send(
                .resumeSession, body: ResumeSessionRequest(rememberToken: try #require(session.rememberToken)))
            #expect(resume.status == 401)

            // MFA stays on with no methods: the next sign-in may only enroll one.
            let (_, progress) = try await api.signIn("ada@example.com", Self.newPassword)
            #expect(progress.next == .setup)
            let restricted = try #require(progress.session)
            #expect(try await api.send(.listSessions, token: restricted.token).error?.code == .setupRequired)
            let account = try await api.expect(Account.self, .getAccount, token: restricted.token)
            #expect(account.mfa.enabled && account.mfa.methods.isEmpty)
            _ = try await api.enrollAuthenticator(token: restricted.token, clock: server.clock)
            #expect(try await api.send(.listSessions, token: restricted.token).status == 200)
            #expect(try await server.mail.waitForMessage(to: "ada@example.com", subject: "was reset") != nil)
        }
    }

    @Test func resetKeepsMFAWhenTheServerSaysSo() async throws {
        let server = try await TestServer { $0.onPasswordReset = .keepMFA }
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            let phone = try await api.enrollAuthenticator(token: session.token, clock: server.clock)
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: session.token)
            _ = try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: "ada@example.com"))
            let mail = try #require(try await server.mail.waitForMessage(to: "ada@example.com", subject: "reset code"))
            _ = try await api.send(
                .resetPassword,
                body: ResetPasswordRequest(
                    email: "ada@example.com", code: try #require(resetCode(in: mail.body)), newPassword: Self.newPassword))
            server.clock.advance(30)
            _ = try await api.signInWithCode("ada@example.com", Self.newPassword, authenticator: phone, clock: server.clock)
        }
    }

    @Test func changingThePasswordSignsOutTheOtherSessions() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let other = try await api.session("ada@example.com", TestServer.password)
            let session = try await api.session("ada@example.com", TestServer.password)
            let wrong = try await api.send(
                .changePassword, body: ChangePasswordRequest(currentPassword: "nope-nope-nope", newPassword: Self.newPassword),
                token: session.token)
            #expect(wrong.error?.code == .invalidCredentials)
            let changed = try await api.send(
                .changePassword,
                body: ChangePasswordRequest(currentPassword: TestServer.password, newPassword: Self.newPassword),
                token: session.token)
            #expect(changed.status == 204)
            #expect(try await api.send(.getAccount, token: other.token).status == 401)
            #expect(try await api.send(.getAccount, token: session.token).status == 200)
            _ = try await api.session("ada@example.com", Self.newPassword)
        }
    }

    /// The owner who locked their password out by forgetting it resets it and signs in at once;
    /// the lockout notice came once, at the first lockout.
    @Test func aResetForgetsThePasswordFailures() async throws {
        let server = try await TestServer { $0.lockoutThreshold = 3 }
        try await server.addUser()
        try await server.run { api in
            for _ in 0..<6 {
                _ = try await api.tryPassword("wrong-password-1", for: "ada@example.com")
                server.clock.advance(61)
            }
            #expect(try await server.mail.waitForMessage(to: "ada@example.com", subject: "locked") != nil)
            #expect(server.mail.messages.filter { $0.subject.contains("locked") }.count == 1)
            let code = try await api.mailedResetCode(server, to: "ada@example.com")
            #expect(try await api.reset("ada@example.com", code: code, Self.newPassword).status == 204)
            _ = try await api.session("ada@example.com", Self.newPassword)
        }
    }
}
