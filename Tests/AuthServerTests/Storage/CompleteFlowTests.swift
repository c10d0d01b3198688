import Foundation
import Testing

@testable import AuthServer

/// A sign-in flow ends and its session opens in one step, so two answers racing on one flow
/// cannot open two sessions.
@Suite struct CompleteFlowTests {
    @Test func aFlowOpensOneSessionAtMost() async throws {
        let server = try TestServer()
        let user = try await server.addUser()
        let store = server.services.store
        let now = server.clock.now
        try await store.insertFlow(SignInFlowRecord(
            idHash: "flow", email: user.email, userID: user.id, stage: .password, remember: false,
            expiresAt: now.addingTimeInterval(600)))
        func session(_ id: String) -> SessionRecord {
            SessionRecord(id: id, userID: user.id, familyID: id, tokenHash: "token-" + id, createdAt: now, lastSeenAt: now,
                          expiresAt: now.addingTimeInterval(3600))
        }
        let event = AuditEvent(time: now, kind: .signIn, userID: user.id, email: user.email)

        #expect(try await store.completeFlow(idHash: "flow", opening: session("first"), audit: event))
        #expect(try await !store.completeFlow(idHash: "flow", opening: session("second"), audit: event))
        #expect(try await store.sessions(userID: user.id).map(\.id) == ["first"])
        #expect(try await store.flow(idHash: "flow") == nil)
        #expect(try await store.auditEvents(userID: user.id, limit: 10).filter { $0.kind == .signIn }.count == 1)
    }
}
