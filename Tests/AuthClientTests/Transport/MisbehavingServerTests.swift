import AuthModel
import Foundation
import Testing

@testable import AuthClient

/// Bad server behaviour, end to end through `AuthClient`: each becomes the right typed error.
@Suite struct MisbehavingServerTests {
    func error(from mode: Responder.Mode, configuration: TransportConfiguration = TransportConfiguration())
        async throws -> ClientError? {
        let responder = try Responder(mode)
        let client = try AuthClient(server: responder.url, configuration: configuration)
        return await caughtError { () async throws(ClientError) in try await client.send(client.api.health()) }
    }

    @Test func wellBehavedAnswerDecodes() async throws {
        let responder = try Responder(.health)
        let client = try AuthClient(server: responder.url)
        #expect(try await client.send(client.api.health()) == HealthResponse(status: "ok", version: "0.1.0"))
    }

    @Test func malformedJSON() async throws {
        guard case .malformedResponse = try await error(from: .malformed) else {
            Issue.record("expected a malformed response")
            return
        }
    }

    @Test func hugeBodyIsCutAtTheCap() async throws {
        let configuration = TransportConfiguration(maxResponseBytes: 256 * 1024)
        #expect(try await error(from: .huge, configuration: configuration) == .responseTooLarge(limit: 256 * 1024))
    }

    /// The responder answers after 5 s: a request that ends well before that ended by its timeout.
    /// Only the request is timed, not the responder's start (slow on a busy machine).
    @Test func slowAnswerTimesOut() async throws {
        let responder = try Responder(.slow)
        let client = try AuthClient(server: responder.url, configuration: TransportConfiguration(totalTimeout: .milliseconds(300)))
        let start = ContinuousClock.now
        let error = await caughtError { () async throws(ClientError) in try await client.send(client.api.health()) }
        #expect(error == .timedOut)
        #expect(ContinuousClock.now - start < .seconds(4))
    }

    @Test func internalServerErrorWithoutTheErrorShape() async throws {
        #expect(try await error(from: .error500) == .unexpectedStatus(500))
    }

    @Test func wrongContentType() async throws {
        #expect(try await error(from: .wrongType) == .wrongContentType("text/html"))
    }

    @Test func connectionReset() async throws {
        #expect(try await error(from: .reset) == .connectionLost)
    }

    @Test func apiErrorWithRetryAfterHeader() async throws {
        #expect(try await error(from: .rateLimited) == .server(ErrorBody(
            code: .rateLimited, message: "Slow down", retryAfter: 90, attemptsLeft: 2)))
    }

    @Test func nothingListening() async throws {
        let port = try {
            let responder = try Responder(.health)
            return responder.port
        }()
        let client = try AuthClient(server: "http://127.0.0.1:\(port)")
        #expect(await caughtError { () async throws(ClientError) in try await client.send(client.api.health()) }
            == .connectionRefused(host: "127.0.0.1"))
    }

    @Test func cancellingTheTaskCancelsTheRequest() async throws {
        let responder = try Responder(.slow)
        let client = try AuthClient(server: responder.url)
        let task = Task { await caughtError { () async throws(ClientError) in try await client.send(client.api.health()) } }
        try await Task.sleep(for: .milliseconds(200))
        let start = ContinuousClock.now
        task.cancel()
        #expect(await task.value == .cancelled)
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test func alreadyCancelledTaskSendsNothing() async throws {
        let responder = try Responder(.slow)
        let client = try AuthClient(server: responder.url)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await caughtError { () async throws(ClientError) in try await client.send(client.api.health()) }
        }
        #expect(await task.value == .cancelled)
    }

    @Test func plainHTTPElsewhereIsRefusedBeforeConnecting() {
        #expect(throws: ClientError.insecureConnectionRefused(host: "192.0.2.7")) {
            try AuthClient(server: "http://192.0.2.7")
        }
    }
}
