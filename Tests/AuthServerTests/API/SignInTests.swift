import AuthModel
import Foundation
import Testing

@testable import AuthServer

@Suite struct SignInTests {
    @Test func passwordSignInWithoutMFAOpensASession() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let (_, progress) = try await api.signIn("Ada@Example.com ", TestServer.password)
            #expect(progress.next == .done)
            let session = try #require(progress.session)
            #expect(session.rememberToken == nil)
            let account = try await api.expect(Account.self, .getAccount, token: session.token)
            #expect(account.email == "ada@example.com")
            #expect(account.mfa.enabled == false)
            #expect(account.reauthenticatedUntil != nil)
        }
    }

    @Test func unknownAndKnownEmailsGetTheSameAnswers() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            for email in ["ada@example.com", "nobody@example.com"] {
                let start = try await api.expect(
                    StartSignInResponse.self, .startSignIn, body: StartSignInRequest(email: email))
                #expect(start.next == .password)
                let reply = try await api.send(
                    .submitPassword, ["flow": start.flow], body: SubmitPasswordRequest(password: "wrong-password-123", remember: false))
                #expect(reply.status == 401)
                #expect(reply.error?.code == .invalidCredentials)
                #expect(reply.error?.attemptsLeft == 9)
            }
        }
    }

    @Test func anUnknownOrUsedFlowHasExpired() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let reply = try await api.send(
                .submitPassword, ["flow": "no-such-flow"], body: SubmitPasswordRequest(password: "x", remember: false))
            #expect(reply.error?.code == .flowExpired)

            let start = try await api.expect(
                StartSignInResponse.self, .startSignIn, body: StartSignInRequest(email: "ada@example.com"))
            server.clock.advance(601)
            let late = try await api.send(
                .submitPassword, ["flow": start.flow],
                body: SubmitPasswordRequest(password: TestServer.password, remember: false))
            #expect(late.error?.code == .flowExpired)
        }
    }

    @Test func tenFailuresLockTheAccountForAGrowingWhile() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            for left in (1...9).reversed() {
                #expect(try await api.tryPassword("wrong-password-123", for: "ada@example.com").error?.attemptsLeft == left)
            }
            let locking = try await api.tryPassword("wrong-password-123", for: "ada@example.com")
            #expect(locking.status == 429)
            #expect(locking.error?.code == .locked)
            #expect(locking.error?.retryAfter == 60)
            #expect(locking.headers[.retryAfter] == "60")
            #expect(try await api.tryPassword(TestServer.password, for: "ada@example.com").error?.code == .locked)

            server.clock.advance(61)
            for _ in 1...10 { _ = try await api.tryPassword("wrong-password-123", for: "ada@example.com") }
            #expect(try await api.tryPassword(TestServer.password, for: "ada@example.com").error?.retryAfter == 120)

            server.clock.advance(121)
            #expect(try await api.tryPassword(TestServer.password, for: "ada@example.com").status == 200)
            let events = try await server.services.store.auditEvents(userID: nil, limit: 100).map(\.kind)
            #expect(events.contains(.lockout))
            #expect(events.contains(.signInFailed))
        }
    }

    @Test func mfaSignInAsksForACodeAndAcceptsEachCodeOnce() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let first = try await api.session("ada@example.com", TestServer.password)
            let phone = try await api.enrollAuthenticator(token: first.token, clock: server.clock)
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: first.token)
            server.clock.advance(30)

            let (flow, progress) = try await api.signIn("ada@example.com", TestServer.password)
            #expect(progress.next == .code)
            #expect(progress.methods == [SignInMethod(id: phone.method.id, kind: .totp, label: "Phone")])
            #expect(progress.session == nil)

            let wrong = try await api.send(
                .submitCode, ["flow": flow], body: SubmitCodeRequest(method: phone.method.id, code: "000000"))
            #expect(wrong.error?.code == .invalidCode)

            let code = phone.code(at: server.clock)
            let done = try await api.expect(
                SignInProgress.self, .submitCode, ["flow": flow], body: SubmitCodeRequest(method: phone.method.id, code: code))
            #expect(done.next == .done)

            // The same code, and the code of the step before, are refused in a new sign-in.
            for replay in [code, phone.code(at: server.clock, steps: -1)] {
                let (again, _) = try await api.signIn("ada@example.com", TestServer.password)
                let reply = try await api.send(
                    .submitCode, ["flow": again], body: SubmitCodeRequest(method: phone.method.id, code: replay))
                #expect(reply.error?.code == .codeReused)
            }
            // The next step's code is accepted (one step of skew).
            let (later, _) = try await api.signIn("ada@example.com", TestServer.password)
            let skewed = try await api.send(
                .submitCode, ["flow": later],
                body: SubmitCodeRequest(method: phone.method.id, code: phone.code(at: server.clock, steps: 1)))
            #expect(skewed.status == 200)
        }
    }

    @Test func smsCodesSignInOnceAndExpire() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let first = try await api.session("ada@example.com", TestServer.password)
            let setup = try await api.expect(
                PhoneSetup.self, .startPhoneSetup, body: StartPhoneSetupRequest(phone: "+81312345678", label: "Mobile"),
                token: first.token)
            #expect(setup.destination.hasSuffix("78"))
            #expect(!setup.destination.contains("3123456"))
            let enrollCode = try #require(server.sms.lastCode(to: "+81312345678"))
            let method = try await api.expect(
                MethodResponse.self, .verifyPhoneSetup, ["setup": setup.setup], body: VerifySetupRequest(code: enrollCode),
                token: first.token
            ).method
            #expect(method.kind == .sms)
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: first.token)

            let (flow, progress) = try await api.signIn("ada@example.com", TestServer.password)
            #expect(progress.methods?.first?.destination == setup.destination)
            let sent = try await api.send(.sendSignInCode, ["flow": flow], body: SendCodeRequest(method: method.id))
            #expect(sent.status == 202)
            let code = try #require(server.sms.lastCode(to: "+81312345678"))
            server.clock.advance(601)
            let expired = try await api.send(.submitCode, ["flow": flow], body: SubmitCodeRequest(method: method.id, code: code))
            #expect(expired.error?.code == .flowExpired)

            let (fresh, _) = try await api.signIn("ada@example.com", TestServer.password)
            _ = try await api.send(.sendSignInCode, ["flow": fresh], body: SendCodeRequest(method: method.id))
            let freshCode = try #require(server.sms.lastCode(to: "+81312345678"))
            let ok = try await api.send(.submitCode, ["flow": fresh], body: SubmitCodeRequest(method: method.id, code: freshCode))
            #expect(ok.status == 200)

            let unknown = try await api.send(.sendSignInCode, ["flow": fresh], body: SendCodeRequest(method: "nope"))
            #expect(unknown.error?.code == .flowExpired)
        }
    }

    @Test func recoveryCodesWorkOnce() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let first = try await api.session("ada@example.com", TestServer.password)
            _ = try await api.enrollAuthenticator(token: first.token, clock: server.clock)
            let tooEarly = try await api.send(.generateRecoveryCodes, token: first.token)
            #expect(tooEarly.error?.code == .mfaNotEnabled)
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: first.token)
            let codes = try await api.expect(RecoveryCodes.self, .generateRecoveryCodes, token: first.token).codes
            #expect(codes.count == 10)
            #expect(Set(codes).count == 10)

            for (attempt, expected) in [(codes[0].uppercased(), 200), (codes[0], 401)] {
                let (flow, _) = try await api.signIn("ada@example.com", TestServer.password)
                let reply = try await api.send(
                    .submitCode, ["flow": flow], body: SubmitCodeRequest(method: "recovery", code: attempt))
                #expect(reply.status == expected)
            }
            let account = try await api.expect(Account.self, .getAccount, token: first.token)
            #expect(account.mfa.recoveryCodesRemaining == 9)
        }
    }
}
