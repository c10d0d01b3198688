import AuthModel
import Foundation
import Testing

@testable import AuthServer

/// An attacker who has the password guesses the second factor.
@Suite struct SecondFactorAttackTests {
    static let email = "ada@example.com"

    /// Password, wrong codes, password again, more wrong codes: the wrong codes add up, and only a
    /// right code clears them.
    @Test(arguments: StoreKind.allCases)
    func aRightPasswordDoesNotClearWrongCodes(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            let phone = try await api.enrollAndEnable(server)
            var guesses = 0
            while guesses < 10 {
                let (flow, progress) = try await api.signIn(Self.email, TestServer.password)
                #expect(progress.next == .code)
                for _ in 0..<4 where guesses < 10 {
                    let reply = try await api.send(
                        .submitCode, ["flow": flow],
                        body: SubmitCodeRequest(method: phone.method.id, code: wrongCode(for: phone.code(at: server.clock))))
                    guesses += 1
                    #expect(reply.error?.code == (guesses < 10 ? .invalidCode : .locked), "guess \(guesses)")
                }
            }
            let (flow, _) = try await api.signIn(Self.email, TestServer.password)
            let refused = try await api.send(
                .submitCode, ["flow": flow], body: SubmitCodeRequest(method: phone.method.id, code: phone.code(at: server.clock)))
            #expect(refused.error?.code == .locked)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aSignInFlowEndsAfterFiveWrongCodes(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            let phone = try await api.enrollAndEnable(server)
            let (flow, _) = try await api.signIn(Self.email, TestServer.password)
            for _ in 0..<5 {
                let reply = try await api.send(
                    .submitCode, ["flow": flow],
                    body: SubmitCodeRequest(method: phone.method.id, code: wrongCode(for: phone.code(at: server.clock))))
                #expect(reply.error?.code == .invalidCode)
            }
            let ended = try await api.send(
                .submitCode, ["flow": flow], body: SubmitCodeRequest(method: phone.method.id, code: phone.code(at: server.clock)))
            #expect(ended.error?.code == .flowExpired)
        }
    }

    /// Re-authentication asks for the password and a code: a right password there does not clear wrong codes either.
    @Test(arguments: StoreKind.allCases)
    func reauthenticationCountsWrongCodesWhateverThePassword(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            let phone = try await api.enrollAndEnable(server)
            let session = try await api.signInWithCode(Self.email, TestServer.password, authenticator: phone, clock: server.clock)
            for guess in 1...10 {
                let reply = try await api.send(
                    .reauthenticate,
                    body: ReauthenticateRequest(
                        password: TestServer.password, method: phone.method.id,
                        code: wrongCode(for: phone.code(at: server.clock))),
                    token: session.token)
                #expect(reply.error?.code == (guess < 10 ? .invalidCode : .locked), "guess \(guess)")
            }
            server.clock.advance(30)
            let refused = try await api.send(
                .reauthenticate,
                body: ReauthenticateRequest(password: TestServer.password, method: phone.method.id, code: phone.code(at: server.clock)),
                token: session.token)
            #expect(refused.error?.code == .locked)
        }
    }

    /// The same code sent at once in many sign-ins is accepted once.
    @Test(arguments: StoreKind.allCases)
    func aCodeReplayedInParallelIsAcceptedOnce(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            let phone = try await api.enrollAndEnable(server)
            var started: [String] = []
            for _ in 0..<8 { started.append(try await api.signIn(Self.email, TestServer.password).flow) }
            let flows = started
            let code = phone.code(at: server.clock)
            let replies = try await api.concurrently(flows.count) { index, api in
                try await api.send(
                    .submitCode, ["flow": flows[index]], body: SubmitCodeRequest(method: phone.method.id, code: code))
            }
            #expect(replies.filter { $0.status == 200 }.count == 1)
            #expect(replies.filter { $0.status != 200 }.allSatisfy { $0.error?.code == .codeReused })
        }
    }
}

extension APIClient {
    /// Enrolls an authenticator for the test account, turns MFA on, and moves to the next TOTP step.
    func enrollAndEnable(_ server: TestServer, email: String = "ada@example.com") async throws -> EnrolledAuthenticator {
        let session = try await self.session(email, TestServer.password)
        let phone = try await enrollAuthenticator(token: session.token, clock: server.clock)
        _ = try await expect(MFAStatusResponse.self, .enableMfa, token: session.token)
        server.clock.advance(30)
        return phone
    }
}
