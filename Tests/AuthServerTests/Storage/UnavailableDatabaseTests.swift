import AuthModel
import Foundation
import Testing
import TestSupport

@testable import AuthServer

/// When PostgreSQL is gone the API says so — 503 `unavailable` with `retry_after` — and answers
/// nothing it cannot know; `/readyz` says whether the store answers, `/healthz` only that the
/// process lives. When the database is back, so is the service.
@Suite struct UnavailableDatabaseTests {
    @Test func aServerWithoutItsDatabaseAnswersUnavailableUntilItIsBack() async throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-server-\(UUID())").path
        let server = try TestServer(
            opened: try await StoreKind.postgresStore(in: cluster), configuration: ServerConfiguration(dataFolder: folder))
        try await server.addUser()
        try await server.run { api in
            #expect(try await api.send(.readiness).status == 200)
            try cluster.pause()
            let ready = try await api.send(.readiness)
            #expect(ready.status == 503)
            #expect(ready.error?.code == .unavailable)
            #expect(try await api.send(.health).status == 200)
            let start = try await api.send(.startSignIn, body: StartSignInRequest(email: "ada@example.com"))
            #expect(start.status == 503)
            #expect(start.error?.retryAfter != nil)
            #expect(start.headers[.retryAfter] != nil)

            try cluster.start()
            #expect(try await api.send(.readiness).status == 200)
            _ = try await api.session("ada@example.com", TestServer.password)
        }
    }
}
