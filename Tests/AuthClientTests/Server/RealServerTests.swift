import AuthModel
import Foundation
import Testing

@testable import AuthClient

/// Every operation through `AuthClient` against the real `authterm-server` on loopback.
@Suite struct RealServerTests {
    static let email = "ada@example.com"
    static let password = "correct horse battery staple 42"

    func signIn(_ client: AuthClient, password: String = password, remember: Bool = false)
        async throws(ClientError) -> (flow: String, progress: SignInProgress) {
        let start = try await client.send(client.api.startSignIn(email: Self.email))
        #expect(start.next == .password)
        return (start.flow, try await client.send(client.api.submitPassword(flow: start.flow, password: password, remember: remember)))
    }

    @Test func signInSessionsAndMFA() async throws {
        let server = try await RealServer()
        try server.addUser(email: Self.email, password: Self.password)
        let client = try AuthClient(server: server.url)

        #expect(try await client.send(client.api.health()).status == "ok")
        let first = try await signIn(client, remember: true)
        #expect(first.progress.next == .done)
        let session = try #require(first.progress.session)
        let rememberToken = try #require(session.rememberToken)
        #expect(try await client.send(client.api.getAccount(sessionToken: session.token)).email == Self.email)

        // Resuming rotates the remembered session: new tokens, the old ones dead.
        let resumed = try await client.send(client.api.resumeSession(rememberToken: rememberToken)).session
        let token = resumed.token
        #expect(token != session.token)
        #expect(resumed.rememberToken != nil && resumed.rememberToken != rememberToken)
        #expect(await caughtError { () async throws(ClientError) in
            try await client.send(client.api.getAccount(sessionToken: session.token))
        }?.serverCode != nil)

        let second = try #require(try await signIn(client).progress.session?.token)
        let sessions = try await client.send(client.api.listSessions(sessionToken: token)).sessions
        #expect(sessions.count == 2 && sessions.filter(\.current).count == 1)
        let other = try #require(sessions.first { !$0.current })
        try await client.send(client.api.revokeSession(id: other.id, sessionToken: token))
        #expect(await caughtError { () async throws(ClientError) in
            try await client.send(client.api.getAccount(sessionToken: second))
        }?.serverCode != nil)

        _ = try await client.send(client.api.reauthenticate(password: Self.password, sessionToken: token))
        let totp = try await client.send(client.api.startTotpSetup(label: "Pixel", sessionToken: token))
        #expect(totp.otpauthUri.hasPrefix("otpauth://totp/"))
        let app = try await client.send(client.api.verifyTotpSetup(
            setup: totp.setup, code: try totpCode(secret: totp.secret), sessionToken: token)).method
        #expect(app.kind == .totp && app.label == "Pixel")

        let phoneSetup = try await client.send(client.api.startPhoneSetup(phone: "+15555550123", label: "Phone", sessionToken: token))
        let phone = try await client.send(client.api.verifyPhoneSetup(
            setup: phoneSetup.setup, code: try server.nextCode(kind: "sms"), sessionToken: token)).method
        #expect(try await client.send(client.api.renameMfaMethod(id: phone.id, label: "Work phone", sessionToken: token))
            .method.label == "Work phone")
        #expect(try await client.send(client.api.enableMfa(sessionToken: token)).mfa.enabled)
        let recovery = try await client.send(client.api.generateRecoveryCodes(sessionToken: token)).codes
        #expect(recovery.count == 10)

        // Signing in again now asks for a code: by SMS, then with a recovery code.
        let bySMS = try await signIn(client)
        #expect(bySMS.progress.next == .code)
        #expect(bySMS.progress.methods?.map(\.id).contains(phone.id) == true)
        try await client.send(client.api.sendSignInCode(flow: bySMS.flow, method: phone.id))
        let smsDone = try await client.send(client.api.submitCode(flow: bySMS.flow, method: phone.id, code: try server.nextCode(kind: "sms")))
        #expect(smsDone.next == .done && smsDone.session != nil)

        let byRecovery = try await signIn(client)
        let recoveryDone = try await client.send(client.api.submitCode(
            flow: byRecovery.flow, method: SubmitCodeRequest.recoveryMethod, code: recovery[0]))
        let recoveryToken = try #require(recoveryDone.session?.token)

        try await client.send(client.api.removeMfaMethod(id: phone.id, sessionToken: token))
        #expect(try await client.send(client.api.getAccount(sessionToken: token)).mfa.methods.map(\.id) == [app.id])

        try await client.send(client.api.signOut(sessionToken: recoveryToken))
        #expect(await caughtError { () async throws(ClientError) in
            try await client.send(client.api.getAccount(sessionToken: recoveryToken))
        }?.serverCode != nil)
    }

    @Test func passwordChangeAndReset() async throws {
        let server = try await RealServer()
        try server.addUser(email: Self.email, password: Self.password)
        let client = try AuthClient(server: server.url)

        let token = try #require(try await signIn(client).progress.session?.token)
        let changed = "another long passphrase 7"
        try await client.send(client.api.changePassword(currentPassword: Self.password, newPassword: changed, sessionToken: token))
        #expect(await caughtError { () async throws(ClientError) in try await signIn(client) }?.serverCode
            == .invalidCredentials)
        #expect(try await signIn(client, password: changed).progress.session != nil)

        try await client.send(client.api.forgotPassword(email: Self.email))
        let reset = "a third long passphrase, never used"
        try await client.send(client.api.resetPassword(email: Self.email, code: try server.nextCode(kind: "eml"), newPassword: reset))
        #expect(try await signIn(client, password: reset).progress.session != nil)
    }

    @Test func serverErrorsArriveTyped() async throws {
        let server = try await RealServer()
        try server.addUser(email: Self.email, password: Self.password)
        let client = try AuthClient(server: server.url)

        let wrong = await caughtError { () async throws(ClientError) in
            try await signIn(client, password: "not the password at all")
        }
        #expect(wrong?.serverCode == .invalidCredentials)
        let unknownSession = await caughtError { () async throws(ClientError) in
            try await client.send(client.api.getAccount(sessionToken: "no-such-token"))
        }
        #expect(unknownSession?.serverCode == .unauthenticated || unknownSession?.serverCode == .sessionExpired)
        let badFlow = await caughtError { () async throws(ClientError) in
            try await client.send(client.api.submitPassword(flow: "no-such-flow", password: Self.password, remember: false))
        }
        #expect(badFlow?.serverCode == .flowExpired)
    }
}
