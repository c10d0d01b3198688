import AuthModel
import Foundation
import OTP
import Testing

@testable import AuthServer

@Suite struct MFATests {
    @Test func totpSetupGivesAScannableURIAndConfirmsWithACode() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            let setup = try await api.expect(
                TotpSetup.self, .startTotpSetup, body: StartTotpSetupRequest(label: "Pixel"), token: session.token)
            #expect(try #require(Base32.decode(setup.secret)).count >= 20)
            #expect(setup.otpauthUri.hasPrefix("otpauth://totp/authterm:ada@example.com?secret=\(setup.secret)"))
            #expect(setup.expiresAt == server.clock.now.addingTimeInterval(600))

            let wrong = try await api.send(
                .verifyTotpSetup, ["setup": setup.setup], body: VerifySetupRequest(code: "12345"), token: session.token)
            #expect(wrong.error?.code == .invalidCode)
            let other = try await api.send(
                .verifyTotpSetup, ["setup": "nope"], body: VerifySetupRequest(code: "123456"), token: session.token)
            #expect(other.status == 404)

            server.clock.advance(601)
            let code = TOTP(secret: try #require(Base32.decode(setup.secret))).code(at: server.clock.now)
            let late = try await api.send(
                .verifyTotpSetup, ["setup": setup.setup], body: VerifySetupRequest(code: code), token: session.token)
            #expect(late.status == 410)
            #expect(late.error?.code == .setupExpired)
        }
    }

    @Test func enablingNeedsAMethodAndIsIrreversible() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            #expect(try await api.send(.enableMfa, token: session.token).error?.code == .noMethods)
            let first = try await api.enrollAuthenticator(token: session.token, clock: server.clock)
            let status = try await api.expect(MFAStatusResponse.self, .enableMfa, token: session.token).mfa
            #expect(status.enabled)
            #expect(status.methods.map(\.id) == [first.method.id])
            #expect(try await api.send(.enableMfa, token: session.token).error?.code == .mfaAlreadyEnabled)

            let last = try await api.send(.removeMfaMethod, ["id": first.method.id], token: session.token)
            #expect(last.status == 409)
            #expect(last.error?.code == .lastMethod)

            let second = try await api.enrollAuthenticator(token: session.token, clock: server.clock, label: "Tablet")
            let renamed = try await api.expect(
                MethodResponse.self, .renameMfaMethod, ["id": second.method.id], body: RenameMethodRequest(label: "iPad"),
                token: session.token)
            #expect(renamed.method.label == "iPad")
            let blank = try await api.send(
                .renameMfaMethod, ["id": second.method.id], body: RenameMethodRequest(label: " \u{7}"), token: session.token)
            #expect(blank.error?.code == .validationFailed)
            #expect(try await api.send(.removeMfaMethod, ["id": first.method.id], token: session.token).status == 204)
            let account = try await api.expect(Account.self, .getAccount, token: session.token)
            #expect(account.mfa.methods.map(\.label) == ["iPad"])
            _ = try await server.mail.waitForMessage(to: "ada@example.com", subject: "removed")
        }
    }

    @Test func sensitiveActionsNeedARecentReauthentication() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            let phone = try await api.enrollAuthenticator(token: session.token, clock: server.clock)
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: session.token)
            server.clock.advance(601)

            let setup = try await api.send(.startTotpSetup, body: StartTotpSetupRequest(label: "x"), token: session.token)
            #expect(setup.status == 403)
            #expect(setup.error?.code == .reauthenticationRequired)
            #expect(try await api.send(.generateRecoveryCodes, token: session.token).error?.code == .reauthenticationRequired)

            let noCode = try await api.send(
                .reauthenticate, body: ReauthenticateRequest(password: TestServer.password), token: session.token)
            #expect(noCode.error?.code == .invalidCode)
            let wrongPassword = try await api.send(
                .reauthenticate, body: ReauthenticateRequest(password: "not-my-password-1"), token: session.token)
            #expect(wrongPassword.error?.code == .invalidCredentials)

            let until = try await api.expect(
                ReauthenticateResponse.self, .reauthenticate,
                body: ReauthenticateRequest(
                    password: TestServer.password, method: phone.method.id, code: phone.code(at: server.clock)),
                token: session.token
            ).reauthenticatedUntil
            #expect(until == server.clock.now.addingTimeInterval(600))
            #expect(try await api.send(.generateRecoveryCodes, token: session.token).status == 201)
        }
    }

    @Test func aSetupTakesFiveWrongCodesAtMost() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            let setup = try await api.expect(
                TotpSetup.self, .startTotpSetup, body: StartTotpSetupRequest(label: "Pixel"), token: session.token)
            let totp = TOTP(secret: try #require(Base32.decode(setup.secret)))
            let wrong = wrongCode(for: totp.code(at: server.clock.now))
            for left in (0...4).reversed() {
                let reply = try await api.send(
                    .verifyTotpSetup, ["setup": setup.setup], body: VerifySetupRequest(code: wrong), token: session.token)
                #expect(reply.error?.code == .invalidCode)
                #expect(reply.error?.attemptsLeft == left)
            }
            let spent = try await api.send(
                .verifyTotpSetup, ["setup": setup.setup], body: VerifySetupRequest(code: totp.code(at: server.clock.now)),
                token: session.token)
            #expect(spent.error?.code == .setupExpired)
        }
    }
}
