import AuthModel
import Foundation
import Testing

@testable import AuthServer

@Suite struct AccountAdministrationTests {
    @Test func addingRefusesWeakPasswordsBadAddressesAndDuplicates() async throws {
        let server = try await TestServer()
        let admin = AccountAdministration(services: server.services)
        let user = try await admin.addUser(email: " Ada@Example.com", displayName: nil, password: TestServer.password)
        #expect(user.email == "ada@example.com")
        #expect(user.displayName == "ada")
        #expect(!user.passwordHash.contains(TestServer.password))
        await #expect(throws: APIError.self) {
            try await admin.addUser(email: "bob@example.com", displayName: nil, password: "short")
        }
        await #expect(throws: APIError.self) {
            try await admin.addUser(email: "bob", displayName: nil, password: TestServer.password)
        }
        await #expect(throws: StoreError.duplicateEmail) {
            try await admin.addUser(email: "ada@example.com", displayName: nil, password: TestServer.password)
        }
    }

    @Test func unlockLiftsALockout() async throws {
        let server = try await TestServer { $0.lockoutThreshold = 2 }
        try await server.addUser()
        let admin = AccountAdministration(services: server.services)
        try await server.run { api in
            for _ in 0..<2 {
                _ = try await api.tryPassword("wrong-password-1", for: "ada@example.com")
            }
            #expect(try await admin.summary(email: "ada@example.com").lockedUntil != nil)
            try await admin.unlock(email: "ada@example.com")
            #expect(try await admin.summary(email: "ada@example.com").lockedUntil == nil)
            _ = try await api.session("ada@example.com", TestServer.password)
        }
    }

    @Test func resetMFATurnsItOffAndSignsOut() async throws {
        let server = try await TestServer()
        try await server.addUser()
        let admin = AccountAdministration(services: server.services)
        try await server.run { api in
            let session = try await api.session("ada@example.com", TestServer.password)
            _ = try await api.enrollAuthenticator(token: session.token, clock: server.clock)
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: session.token)
            try await admin.resetMFA(email: "ada@example.com")
            #expect(try await api.send(.getAccount, token: session.token).status == 401)
            let (_, progress) = try await api.signIn("ada@example.com", TestServer.password)
            #expect(progress.next == .done)
            let events = try await admin.auditEvents(email: "ada@example.com", limit: 50).map(\.kind)
            #expect(Array(events.prefix(2)) == [.signIn, .mfaReset])
            #expect(events.contains(.mfaEnabled) && events.contains(.mfaMethodAdded) && events.contains(.accountCreated))
            await #expect(throws: APIError.self) { try await admin.resetMFA(email: "nobody@example.com") }
        }
    }

    @Test func auditEventsCarryTheClientAddress() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            _ = try await api.session("ada@example.com", TestServer.password)
            let signIn = try #require(try await server.services.store.auditEvents(userID: nil, limit: 10).first)
            #expect(signIn.kind == .signIn)
            #expect(signIn.clientAddress == "127.0.0.1")
            #expect(signIn.email == "ada@example.com")
        }
    }
}
