import AuthModel
import Foundation
import Testing

@testable import AuthClient

/// The event-loop transport as the app drives it: start, wait, cancel, and the extra descriptor.
@Suite struct HTTPTransportTests {
    struct Echo: Decodable {
        let method: String
        let path: String
        let headers: [String: String]
        let body: String
    }

    func echo(_ call: APICall<some Sendable>) throws -> Echo {
        let responder = try Responder(.echo)
        let transport = try HTTPTransport()
        var request = call.request
        request.url = responder.url + request.url.dropFirst(AuthAPI(server: "http://x").server.count)
        let id = try transport.start(request)
        let response = try #require(try transport.result(of: id)?.get())
        #expect(transport.isIdle)
        return try JSONDecoder().decode(Echo.self, from: response.body)
    }

    @Test func sendsMethodPathHeadersAndBody() throws {
        let api = AuthAPI(server: "http://x")
        let sent = try echo(api.renameMfaMethod(id: "m 1", label: "Work phone", sessionToken: "s3cr3t"))
        #expect(sent.method == "PATCH")
        #expect(sent.path == "/v1/account/mfa/methods/m%201")
        #expect(sent.headers["Authorization"] == "Bearer s3cr3t")
        #expect(sent.headers["User-Agent"] == UserAgent.value)
        #expect(sent.headers["Content-Type"] == "application/json")
        #expect(sent.headers["Expect"] == nil)
        #expect(sent.body == #"{"label":"Work phone"}"#)
    }

    @Test func bodylessPostAndDelete() throws {
        let api = AuthAPI(server: "http://x")
        let enable = try echo(api.enableMfa(sessionToken: "t"))
        #expect(enable.method == "POST" && enable.body.isEmpty && enable.headers["Content-Length"] == "0")
        let signOut = try echo(api.signOut(sessionToken: "t"))
        #expect(signOut.method == "DELETE" && signOut.path == "/v1/sessions/current" && signOut.body.isEmpty)
        let list = try echo(api.listSessions(sessionToken: "t"))
        #expect(list.method == "GET" && list.path == "/v1/sessions")
    }

    @Test func answersArriveWithStatusHeadersAndBody() throws {
        let responder = try Responder(.rateLimited)
        let transport = try HTTPTransport()
        let id = try transport.start(AuthAPI(server: responder.url).health().request)
        let response = try #require(try transport.result(of: id)?.get())
        #expect(response.status == 429)
        #expect(response.header("Retry-After") == "90")
        #expect(response.isJSON)
    }

    @Test func cancelledRequestEndsOnceAsCancelled() throws {
        let responder = try Responder(.slow)
        let transport = try HTTPTransport()
        let id = try transport.start(AuthAPI(server: responder.url).health().request)
        _ = transport.wait(timeout: .milliseconds(100))
        transport.cancel(id)
        let events = transport.wait(timeout: .milliseconds(100))
        #expect(events.completions.map(\.id) == [id])
        #expect(events.completions.first?.result.failure == .cancelled)
        #expect(transport.isIdle)
        #expect(transport.wait(timeout: .milliseconds(50)).completions.isEmpty)
        transport.cancel(id)
    }

    @Test func refusedURLNeverStarts() throws {
        let transport = try HTTPTransport()
        #expect(throws: ClientError.insecureConnectionRefused(host: "192.0.2.1")) {
            try transport.start(HTTPRequest(method: .get, url: "http://192.0.2.1:8080/healthz"))
        }
        #expect(transport.isIdle)
    }

    /// The keyboard and the window's wake-up: input on either ends the wait.
    @Test(arguments: [0, 1])
    func waitReportsInputOnAnExtraDescriptor(written: Int) throws {
        let transport = try HTTPTransport()
        var first: [Int32] = [0, 0], second: [Int32] = [0, 0]
        #expect(pipe(&first) == 0 && pipe(&second) == 0)
        defer { (first + second).forEach { close($0) } }
        let extra = [first[0], second[0]]
        #expect(!transport.wait(timeout: .milliseconds(20), extraFileDescriptors: extra).extraFileDescriptorReady)
        #expect(write([first, second][written][1], "k", 1) == 1)
        let start = ContinuousClock.now
        #expect(transport.wait(timeout: .seconds(10), extraFileDescriptors: extra).extraFileDescriptorReady)
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func wakeUpEndsAWaitEarly() throws {
        let transport = try HTTPTransport()
        transport.wakeUp()
        let start = ContinuousClock.now
        _ = transport.wait(timeout: .seconds(10))
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func severalRequestsAtOnce() throws {
        let responder = try Responder(.health)
        let transport = try HTTPTransport()
        let ids = try (0..<5).map { _ in try transport.start(AuthAPI(server: responder.url).health().request) }
        var statuses: [RequestID: Int] = [:]
        let deadline = ContinuousClock.now + .seconds(20)
        while statuses.count < ids.count, ContinuousClock.now < deadline {
            for completion in transport.wait(timeout: .milliseconds(200)).completions {
                statuses[completion.id] = try completion.result.get().status
            }
        }
        #expect(statuses == Dictionary(uniqueKeysWithValues: ids.map { ($0, 200) }))
    }
}
