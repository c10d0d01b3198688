import AuthModel
import Foundation
import Hummingbird
import Testing

@testable import AuthServer

/// Many attempts at once: each is reserved before it is judged, so no more than the lockout
/// threshold are ever judged, however many arrive together and from however many addresses.
@Suite struct ConcurrentAttemptTests {
    static let email = "ada@example.com"

    /// Where the attempts come from: the test's own address, or two clients behind a trusted proxy.
    enum Senders: CaseIterable, Sendable, CustomTestStringConvertible {
        case oneAddress, twoAddressesThroughAProxy

        var testDescription: String { self == .oneAddress ? "one address" : "two addresses through a proxy" }

        func headers(_ index: Int) -> HTTPFields {
            switch self {
            case .oneAddress: [:]
            case .twoAddressesThroughAProxy: [.xForwardedFor: index.isMultiple(of: 2) ? "203.0.113.7" : "2001:db8::7"]
            }
        }

        func server(_ store: StoreKind, hashing: Argon2Parameters = TestServer.quickHashing) async throws -> TestServer {
            try await TestServer(store: store, hashing: hashing) { configuration in
                if self == .twoAddressesThroughAProxy { configuration.trustedProxies = ["127.0.0.1"] }
            }
        }
    }

    @Test(arguments: StoreKind.allCases, Senders.allCases)
    func fortyParallelWrongPasswordsAreJudgedAtMostThresholdTimes(store: StoreKind, senders: Senders) async throws {
        // Dearer hashing, so that the attempts overlap as they would on a real server.
        let server = try await senders.server(
            store, hashing: Argon2Parameters(memoryKiB: 8 * 1024, iterations: 1, parallelism: 1))
        try await server.addUser()
        try await server.run { api in
            var started: [String] = []
            for _ in 0..<40 {
                started.append(
                    try await api.expect(StartSignInResponse.self, .startSignIn, body: StartSignInRequest(email: Self.email)).flow)
            }
            let flows = started
            let replies = try await api.concurrently(40) { index, api in
                try await api.send(
                    .submitPassword, ["flow": flows[index]],
                    body: SubmitPasswordRequest(password: "wrong-password-\(index)", remember: false),
                    headers: senders.headers(index))
            }
            #expect(replies.allSatisfy { [.invalidCredentials, .locked].contains($0.error?.code) })
            let judged = try await server.services.store.auditEvents(userID: nil, limit: 1000)
                .filter { $0.kind == .signInFailed }.count
            #expect(judged <= 10, "\(judged) passwords were judged")
            #expect(replies.filter { $0.error?.code == .invalidCredentials }.count <= 10)

            let start = try await api.expect(StartSignInResponse.self, .startSignIn, body: StartSignInRequest(email: Self.email))
            let right = try await api.send(
                .submitPassword, ["flow": start.flow], body: SubmitPasswordRequest(password: TestServer.password, remember: false))
            #expect(right.error?.code == .locked)
        }
    }

    @Test(arguments: StoreKind.allCases, Senders.allCases)
    func fortyParallelWrongCodesInFreshFlowsAreJudgedAtMostThresholdTimes(store: StoreKind, senders: Senders) async throws {
        let server = try await senders.server(store)
        try await server.addUser()
        try await server.run { api in
            let phone = try await api.enrollAndEnable(server)
            var started: [String] = []
            for _ in 0..<40 { started.append(try await api.signIn(Self.email, TestServer.password).flow) }
            let flows = started
            let wrong = wrongCode(for: phone.code(at: server.clock))
            let replies = try await api.concurrently(40) { index, api in
                try await api.send(
                    .submitCode, ["flow": flows[index]], body: SubmitCodeRequest(method: phone.method.id, code: wrong),
                    headers: senders.headers(index))
            }
            #expect(replies.allSatisfy { [.invalidCode, .locked].contains($0.error?.code) })
            let judged = try await server.services.store.auditEvents(userID: nil, limit: 1000)
                .filter { $0.kind == .codeFailed }.count
            #expect(judged <= 10, "\(judged) codes were judged")
        }
    }

    @Test(arguments: StoreKind.allCases, Senders.allCases)
    func fortyParallelWrongResetCodesAcrossReissuedCodesAreJudgedAtMostThresholdTimes(store: StoreKind, senders: Senders)
        async throws
    {
        let server = try await senders.server(store)
        try await server.addUser()
        try await server.run { api in
            let first = try await api.mailedResetCode(server, to: Self.email)
            let second = try await api.mailedResetCode(server, to: Self.email)
            let replies = try await api.concurrently(40) { index, api in
                try await api.send(
                    .resetPassword,
                    body: ResetPasswordRequest(
                        email: Self.email, code: wrongCode(for: index < 20 ? first : second), newPassword: "copper-meadow-signal-82"),
                    headers: senders.headers(index))
            }
            #expect(replies.allSatisfy { [.invalidCode, .locked].contains($0.error?.code) })
            #expect(replies.filter { $0.error?.code == .invalidCode }.count <= 10)
            let reset = try await api.reset(Self.email, code: second, "copper-meadow-signal-82")
            #expect(reset.error?.code == .locked)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func parallelRemovalsLeaveAMethod(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session(Self.email, TestServer.password)
            let first = try await api.enrollAuthenticator(token: session.token, clock: server.clock, label: "Phone")
            let second = try await api.enrollAuthenticator(token: session.token, clock: server.clock, label: "Tablet")
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: session.token)
            let ids = [first.method.id, second.method.id]
            let replies = try await api.concurrently(16) { index, api in
                try await api.send(.removeMfaMethod, ["id": ids[index % 2]], token: session.token)
            }
            #expect(replies.allSatisfy { [204, 404, 409].contains($0.status) })
            let account = try await api.expect(Account.self, .getAccount, token: session.token)
            #expect(account.mfa.enabled)
            #expect(account.mfa.methods.count == 1)
            #expect(replies.filter { $0.status == 204 }.count == 1)
        }
    }
}
