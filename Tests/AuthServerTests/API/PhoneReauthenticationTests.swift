import AuthModel
import Foundation
import Testing

@testable import AuthServer

/// An account whose only method is a phone confirms it is the owner with a texted code: the code
/// has a budget of its own, and wrong codes count as second-factor failures.
@Suite struct PhoneReauthenticationTests {
    static let email = "ada@example.com"
    static let phone = "+81312345678"

    /// Signs in with the password and a texted code; the session and the phone method.
    static func signInWithPhone(_ api: APIClient, _ server: TestServer) async throws -> (Session, MFAMethod) {
        let first = try await api.session(Self.email, TestServer.password)
        let method = try await api.enrollPhoneAndEnable(server, phone: Self.phone, token: first.token)
        let (flow, progress) = try await api.signIn(Self.email, TestServer.password)
        #expect(progress.next == .code)
        #expect(try await api.send(.sendSignInCode, ["flow": flow], body: SendCodeRequest(method: method.id)).status == 202)
        let done = try await api.expect(
            SignInProgress.self, .submitCode, ["flow": flow],
            body: SubmitCodeRequest(method: method.id, code: try #require(server.sms.lastCode(to: Self.phone))))
        return (try #require(done.session), method)
    }

    @Test func aTextedCodeReauthenticates() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let (session, phone) = try await Self.signInWithPhone(api, server)
            let withoutCode = try await api.send(
                .reauthenticate, body: ReauthenticateRequest(password: TestServer.password), token: session.token)
            #expect(withoutCode.error?.code == .invalidCode)
            let texts = server.sms.count
            let sent = try await api.send(.sendReauthenticationCode, body: SendCodeRequest(method: phone.id), token: session.token)
            #expect(sent.status == 202)
            #expect(server.sms.count == texts + 1)
            let code = try #require(server.sms.lastCode(to: Self.phone))
            let done = try await api.send(
                .reauthenticate, body: ReauthenticateRequest(password: TestServer.password, method: phone.id, code: code),
                token: session.token)
            #expect(done.status == 200)
            let again = try await api.send(
                .reauthenticate, body: ReauthenticateRequest(password: TestServer.password, method: phone.id, code: code),
                token: session.token)
            #expect(again.error?.code == .invalidCode, "a texted code works once")
        }
    }

    @Test func onlyAPhoneOfTheAccountGetsACode() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let (session, _) = try await Self.signInWithPhone(api, server)
            let authenticator = try await api.enrollAuthenticator(token: session.token, clock: server.clock)
            for method in [authenticator.method.id, "no-such-method", "../x"] {
                let reply = try await api.send(.sendReauthenticationCode, body: SendCodeRequest(method: method), token: session.token)
                #expect(reply.error?.code == .notFound, "\(method)")
            }
            let anonymous = try await api.send(.sendReauthenticationCode, body: SendCodeRequest(method: "x"))
            #expect(anonymous.error?.code == .unauthenticated)
        }
    }

    /// Its own budget: a session cannot text the owner's phone without end, and spending it
    /// leaves the sign-in codes alone.
    @Test func theCodesHaveABudgetOfTheirOwn() async throws {
        let server = try await TestServer { $0.accountSendLimit = 3 }
        try await server.addUser()
        try await server.run { api in
            let (session, phone) = try await Self.signInWithPhone(api, server)
            for attempt in 1...4 {
                let reply = try await api.send(.sendReauthenticationCode, body: SendCodeRequest(method: phone.id), token: session.token)
                #expect(reply.status == (attempt <= 3 ? 202 : 429), "send \(attempt)")
                if attempt > 3 { #expect(reply.error?.code == .rateLimited) }
            }
            let (flow, _) = try await api.signIn(Self.email, TestServer.password)
            #expect(try await api.send(.sendSignInCode, ["flow": flow], body: SendCodeRequest(method: phone.id)).status == 202)
        }
    }

    /// Wrong texted codes count with the other second-factor failures: the tenth locks the kind.
    @Test func wrongCodesCountAsSecondFactorFailures() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let (session, phone) = try await Self.signInWithPhone(api, server)
            #expect(try await api.send(.sendReauthenticationCode, body: SendCodeRequest(method: phone.id), token: session.token)
                .status == 202)
            let code = try #require(server.sms.lastCode(to: Self.phone))
            for guess in 1...10 {
                let reply = try await api.send(
                    .reauthenticate,
                    body: ReauthenticateRequest(password: TestServer.password, method: phone.id, code: wrongCode(for: code)),
                    token: session.token)
                let expected: ErrorCode = guess < 10 ? .invalidCode : .locked
                #expect(reply.error?.code == expected, "guess \(guess)")
            }
            let (flow, progress) = try await api.signIn(Self.email, TestServer.password)
            #expect(progress.next == .code)
            let locked = try await api.send(
                .submitCode, ["flow": flow], body: SubmitCodeRequest(method: SubmitCodeRequest.recoveryMethod, code: "x"))
            #expect(locked.error?.code == .locked, "the sign-in's codes are locked too")
        }
    }
}
