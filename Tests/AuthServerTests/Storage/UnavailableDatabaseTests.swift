import AuthModel
import Foundation
import Logging
import Testing
import TestSupport

@testable import AuthServer

/// When PostgreSQL (here one that asks for the password) is gone the API says so — 503 `unavailable` with `retry_after` — and answers
/// nothing it cannot know; `/readyz` says whether the store answers, `/healthz` only that the
/// process lives. When the database is back, so is the service.
@Suite struct UnavailableDatabaseTests {
    @Test func aServerWithoutItsDatabaseAnswersUnavailableUntilItIsBack() async throws {
        let cluster = try PostgresCluster(askingForThePassword: true)
        defer { cluster.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-server-\(UUID())").path
        let server = try await TestServer(
            opened: try await OpenedStore.postgres(in: cluster), configuration: ServerConfiguration(dataFolder: folder))
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

    @Test func aWrongPasswordIsRefusedByTheDatabase() async throws {
        let cluster = try PostgresCluster(askingForThePassword: true)
        defer { cluster.stop() }
        let url = cluster.url(database: "postgres").replacingOccurrences(of: cluster.password, with: "not-the-password")
        guard case .postgres(let location) = try DatabaseLocation.parse(url) else {
            Issue.record("not PostgreSQL")
            return
        }
        let store = PostgresStore(location, logger: Logger(label: "test"))
        let connections = Task { await store.run() }
        defer { connections.cancel() }
        await #expect(throws: (any Error).self) { try await store.ping() }
    }
}
