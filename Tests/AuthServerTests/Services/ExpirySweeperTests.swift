import AuthModel
import Foundation
import GRDB
import Logging
import Testing

@testable import AuthServer

@Suite struct ExpirySweeperTests {
    static let email = "ada@example.com"
    static let day: TimeInterval = 86_400

    @Test func expiredRecordsGoAndLiveOnesStay() async throws {
        let server = try TestServer()
        try await server.addUser()
        let sweeper = ExpirySweeper(services: server.services, logger: Logger(label: "test"))
        try await server.run { api in
            let access = try await api.session(Self.email, TestServer.password)
            let remembered = try await api.session(Self.email, TestServer.password, remember: true)
            _ = try await api.expect(
                TotpSetup.self, .startTotpSetup, body: StartTotpSetupRequest(label: "Pixel"), token: access.token)
            _ = try await api.expect(StartSignInResponse.self, .startSignIn, body: StartSignInRequest(email: Self.email))
            #expect(try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: Self.email)).status == 202)

            #expect(try await sweeper.sweep() == 0, "nothing has expired yet")
            #expect(try await server.rows() == ["session": 2, "signInFlow": 1, "setup": 1, "oneTimeCode": 1])

            // Past the access sessions' 12 hours: the flow, setup, code and plain session go.
            server.clock.advance(13 * 3600)
            #expect(try await sweeper.sweep() == 4)
            #expect(try await server.rows() == ["session": 1, "signInFlow": 0, "setup": 0, "oneTimeCode": 0])
            let resumed = try await api.expect(
                SessionResponse.self, .resumeSession,
                body: ResumeSessionRequest(rememberToken: try #require(remembered.rememberToken))
            ).session

            // The remember token, idle for 15 days, goes too.
            server.clock.advance(15 * Self.day)
            #expect(try await sweeper.sweep() == 1)
            #expect(try await server.rows()["session"] == 0)
            let dead = try await api.send(
                .resumeSession, body: ResumeSessionRequest(rememberToken: try #require(resumed.rememberToken)))
            #expect(dead.status == 401)
        }
    }
}

extension TestServer {
    /// How many records the tables of short-lived things hold.
    func rows() async throws -> [String: Int] {
        let store = try #require(services.store as? SQLiteStore)
        return try await store.database.read { db in
            var counts: [String: Int] = [:]
            for table in ["session", "signInFlow", "setup", "oneTimeCode"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }
}
