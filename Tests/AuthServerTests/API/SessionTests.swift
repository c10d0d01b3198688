import AuthModel
import Foundation
import Testing

@testable import AuthServer

@Suite struct SessionTests {
    static let day: TimeInterval = 86_400

    @Test func rememberTokensRotateAndDieAfterFourteenIdleDays() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let first = try await api.session("ada@example.com", TestServer.password, remember: true)
            let remember = try #require(first.rememberToken)
            #expect(first.rememberExpiresAt == server.clock.now.addingTimeInterval(14 * Self.day))

            server.clock.advance(13 * Self.day)
            let second = try await api.expect(
                SessionResponse.self, .resumeSession, body: ResumeSessionRequest(rememberToken: remember)
            ).session
            let rotated = try #require(second.rememberToken)
            #expect(rotated != remember)
            #expect(second.token != first.token)

            // The old session is gone (and its remember token retired: see SessionAttackTests).
            #expect(try await api.send(.getAccount, token: first.token).error?.code == .unauthenticated)

            // Another 13 days slide the window again; 15 idle days end it.
            server.clock.advance(13 * Self.day)
            let third = try await api.expect(
                SessionResponse.self, .resumeSession, body: ResumeSessionRequest(rememberToken: rotated)
            ).session
            server.clock.advance(15 * Self.day)
            let dead = try await api.send(
                .resumeSession, body: ResumeSessionRequest(rememberToken: try #require(third.rememberToken)))
            #expect(dead.status == 401)
            #expect(dead.error?.code == .sessionExpired)
        }
    }

    @Test func accessSessionsExpire() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            server.clock.advance(12 * 3600 + 1)
            #expect(try await api.send(.getAccount, token: session.token).error?.code == .sessionExpired)
            #expect(try await api.send(.getAccount).error?.code == .unauthenticated)
            #expect(try await api.send(.getAccount, token: "forged").error?.code == .unauthenticated)
        }
    }

    @Test func signOutListAndRevoke() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let laptop = try await api.session("ada@example.com", TestServer.password, remember: true)
            let desktop = try await api.session("ada@example.com", TestServer.password)
            let list = try await api.expect(SessionList.self, .listSessions, token: desktop.token).sessions
            #expect(list.count == 2)
            #expect(list.filter(\.current).count == 1)
            let other = try #require(list.first { !$0.current })
            #expect(other.remembered)

            let missing = try await api.send(.revokeSession, ["id": "nope"], token: desktop.token)
            #expect(missing.status == 404)
            let revoked = try await api.send(.revokeSession, ["id": other.id], token: desktop.token)
            #expect(revoked.status == 204)
            #expect(try await api.send(.getAccount, token: laptop.token).status == 401)
            let resume = try await api.send(
                .resumeSession, body: ResumeSessionRequest(rememberToken: try #require(laptop.rememberToken)))
            #expect(resume.status == 401)

            #expect(try await api.send(.signOut, token: desktop.token).status == 204)
            #expect(try await api.send(.getAccount, token: desktop.token).error?.code == .unauthenticated)
        }
    }

    /// Offered once MFA is on: sessions that signed in without a code end; the current one stays.
    @Test func endingTheOtherSessions() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let laptop = try await api.session("ada@example.com", TestServer.password, remember: true)
            let desktop = try await api.session("ada@example.com", TestServer.password)
            #expect(try await api.send(.endOtherSessions, token: desktop.token).status == 204)
            #expect(try await api.send(.getAccount, token: laptop.token).status == 401)
            let resume = try await api.send(
                .resumeSession, body: ResumeSessionRequest(rememberToken: try #require(laptop.rememberToken)))
            #expect(resume.status == 401)
            #expect(try await api.expect(SessionList.self, .listSessions, token: desktop.token).sessions.count == 1)
            let kinds = try await server.services.store.auditEvents(userID: nil, limit: 10).map(\.kind)
            #expect(kinds.contains(.otherSessionsEnded))
        }
    }
}
