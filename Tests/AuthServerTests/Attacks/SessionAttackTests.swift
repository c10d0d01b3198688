import AuthModel
import Foundation
import Testing

@testable import AuthServer

/// Remember tokens that are stolen, replayed or kept alive for ever.
@Suite struct SessionAttackTests {
    static let email = "ada@example.com"
    static let day: TimeInterval = 86_400

    /// A rotated remember token that comes back was stolen: every session of its line ends.
    @Test(arguments: StoreKind.allCases)
    func aReplayedRotatedTokenEndsItsWholeFamily(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            let first = try await api.session(Self.email, TestServer.password, remember: true)
            let stolen = try #require(first.rememberToken)
            let second = try await api.expect(
                SessionResponse.self, .resumeSession, body: ResumeSessionRequest(rememberToken: stolen)).session
            let unrelated = try await api.session(Self.email, TestServer.password)

            let replay = try await api.send(.resumeSession, body: ResumeSessionRequest(rememberToken: stolen))
            #expect(replay.error?.code == .sessionExpired)
            #expect(try await api.send(.getAccount, token: second.token).status == 401)
            let next = try await api.send(
                .resumeSession, body: ResumeSessionRequest(rememberToken: try #require(second.rememberToken)))
            #expect(next.error?.code == .sessionExpired)
            #expect(try await api.send(.getAccount, token: unrelated.token).status == 200)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func rememberedSessionsEndNinetyDaysAfterTheSignIn(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            var remember = try #require(try await api.session(Self.email, TestServer.password, remember: true).rememberToken)
            for _ in 0..<6 {
                server.clock.advance(13 * Self.day)
                let session = try await api.expect(
                    SessionResponse.self, .resumeSession, body: ResumeSessionRequest(rememberToken: remember)).session
                remember = try #require(session.rememberToken)
                #expect(try #require(session.rememberExpiresAt) <= server.clock.now.addingTimeInterval(14 * Self.day))
            }
            server.clock.advance(13 * Self.day)  // day 91
            let over = try await api.send(.resumeSession, body: ResumeSessionRequest(rememberToken: remember))
            #expect(over.error?.code == .sessionExpired)
        }
    }

    /// Locking the password does not lock out the owner, whose client still holds a remember token.
    @Test(arguments: StoreKind.allCases)
    func aRememberedClientResumesDuringAPasswordLockout(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            let remembered = try await api.session(Self.email, TestServer.password, remember: true)
            for _ in 0..<10 {
                _ = try await api.tryPassword("wrong-password-1", for: Self.email)
            }
            let resumed = try await api.send(
                .resumeSession, body: ResumeSessionRequest(rememberToken: try #require(remembered.rememberToken)))
            #expect(resumed.status == 200)
            // The owner hears of the lockout.
            #expect(try await server.mail.waitForMessage(to: Self.email, subject: "locked") != nil)
        }
    }
}
