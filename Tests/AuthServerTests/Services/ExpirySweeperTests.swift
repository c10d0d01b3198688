import AuthModel
import Foundation
import GRDB
import Logging
import Testing

@testable import AuthServer

@Suite struct ExpirySweeperTests {
    static let email = "ada@example.com"
    static let day: TimeInterval = 86_400
    static let shortLived = ["session", "signInFlow", "setup", "oneTimeCode", "retiredRemember"]

    @Test func expiredRecordsGoAndLiveOnesStay() async throws {
        let server = try await TestServer()
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
            let throttles = try #require(try await server.rows()["throttle"])
            #expect(throttles > 0, "the sign-in and the reset mail spent budgets")
            #expect(try await server.rows(of: Self.shortLived) == [
                "session": 2, "signInFlow": 1, "setup": 1, "oneTimeCode": 1, "retiredRemember": 0,
            ])

            // Past the access sessions' 12 hours: the flow, setup, code and plain session go; the
            // budgets' windows are over, but their counters are kept for a day.
            server.clock.advance(13 * 3600)
            #expect(try await sweeper.sweep() == 4)
            #expect(try await server.rows(of: Self.shortLived) == [
                "session": 1, "signInFlow": 0, "setup": 0, "oneTimeCode": 0, "retiredRemember": 0,
            ])
            #expect(try await server.rows()["throttle"] == throttles)
            let resumed = try await api.expect(
                SessionResponse.self, .resumeSession,
                body: ResumeSessionRequest(rememberToken: try #require(remembered.rememberToken))
            ).session
            #expect(try await server.rows()["retiredRemember"] == 1)

            // The remember token, idle for 15 days, goes too, and so do the idle counters; the
            // retired token stays as long as its family could have lived.
            server.clock.advance(15 * Self.day)
            #expect(try await sweeper.sweep() == 1 + throttles)
            #expect(try await server.rows(of: ["session", "throttle", "retiredRemember"]) == [
                "session": 0, "throttle": 0, "retiredRemember": 1,
            ])
            let dead = try await api.send(
                .resumeSession, body: ResumeSessionRequest(rememberToken: try #require(resumed.rememberToken)))
            #expect(dead.status == 401)

            server.clock.advance(90 * Self.day)
            _ = try await sweeper.sweep()
            #expect(try await server.rows()["retiredRemember"] == 0)
        }
    }

    /// A lockout is kept while it lasts, even when its counters have not changed for a day.
    @Test func aLockThatStillHoldsIsKept() async throws {
        let server = try await TestServer { $0.lockoutBaseDuration = 3 * 86_400; $0.lockoutMaxDuration = 3 * 86_400 }
        try await server.addUser()
        let sweeper = ExpirySweeper(services: server.services, logger: Logger(label: "test"))
        try await server.run { api in
            for _ in 0..<10 {
                _ = try await api.tryPassword("wrong-password-1", for: Self.email)
            }
            server.clock.advance(2 * Self.day)
            _ = try await sweeper.sweep()
            let locked = try await server.services.store.throttle(key: ThrottleKey.failures(.password, Self.email))
            #expect(locked?.lockedUntil != nil)
            server.clock.advance(2 * Self.day)
            _ = try await sweeper.sweep()
            #expect(try await server.rows()["throttle"] == 0)
        }
    }

    @Test func auditEventsGoAfterTheirRetention() async throws {
        let server = try await TestServer { $0.auditRetention = 30 * 86_400 }
        try await server.addUser()
        let sweeper = ExpirySweeper(services: server.services, logger: Logger(label: "test"))
        server.clock.advance(31 * Self.day)
        try await server.addUser("bob@example.com")
        #expect(try await sweeper.sweep() == 1)
        #expect(try await server.services.store.auditEvents(userID: nil, limit: 10).compactMap(\.email) == ["bob@example.com"])
    }
}

extension TestServer {
    /// How many records the tables of short-lived things hold.
    func rows(of tables: [String] = ExpirySweeperTests.shortLived + ["throttle"]) async throws -> [String: Int] {
        let store = try #require(services.store as? SQLiteStore)
        return try await store.database.read { db in
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }
}
