import AuthClient
import AuthModel
import Foundation
import TestSupport
import Testing

@testable import AuthTerm

/// Two instances on one PostgreSQL database answer exactly as one would: every security decision
/// lives in the database, none in an instance's memory.
@Suite(.serialized) struct ReplicatedServerTests {
    static let email = EndToEnd.email
    static let password = EndToEnd.password

    /// Two instances, a client of each, and the test account.
    struct Pair {
        let servers: ReplicatedServers
        let clients: [AuthClient]

        init(settings: [String] = []) async throws {
            servers = try await ReplicatedServers(settings: settings)
            try servers.addUser(email: ReplicatedServerTests.email, password: ReplicatedServerTests.password, name: "Ada")
            clients = try servers.instances.map { try AuthClient(server: $0.url) }
        }

        /// A sign-in of `email` through `client`, up to its password.
        static func signIn(_ client: AuthClient, email: String = ReplicatedServerTests.email,
                           password: String = ReplicatedServerTests.password) async throws -> (flow: String, SignInProgress)
        {
            let flow = try await client.send(client.api.startSignIn(email: email)).flow
            return (flow, try await client.send(client.api.submitPassword(flow: flow, password: password, remember: false)))
        }
    }

    /// One code sent to both instances at once, in many sign-ins: accepted once.
    @Test func aCodeReplayedAtBothInstancesAtOnceIsAcceptedOnce() async throws {
        let pair = try await Pair()
        let (secret, method) = try await EndToEnd.enableAuthenticator(through: pair.clients[0])
        var flows: [(AuthClient, String)] = []
        for index in 0..<8 {
            let client = pair.clients[index % 2]
            flows.append((client, try await Pair.signIn(client).flow))
        }
        let code = try AuthenticatorApp.code(secret, offset: 30)
        let started = flows
        let accepted = await withTaskGroup(of: Bool.self) { group in
            for (client, flow) in started {
                group.addTask {
                    (try? await client.send(client.api.submitCode(flow: flow, method: method, code: code))) != nil
                }
            }
            return await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
        }
        #expect(accepted == 1)
    }

    /// Wrong passwords sent to the two instances in turn lock the account at the same threshold as one instance.
    @Test func failuresSentAlternatelyLockAtTheThreshold() async throws {
        let pair = try await Pair()
        for attempt in 1...10 {
            await #expect {
                _ = try await Pair.signIn(pair.clients[attempt % 2], password: "wrong-password-\(attempt)")
            } throws: { error in
                (error as? ClientError)?.serverCode == (attempt < 10 ? .invalidCredentials : .locked)
            }
        }
        for client in pair.clients {
            await #expect { _ = try await Pair.signIn(client) } throws: { ($0 as? ClientError)?.serverCode == .locked }
        }
    }

    @Test func aSessionSignedOutAtOneIsRefusedAtTheOther() async throws {
        let pair = try await Pair()
        let session = try #require(try await Pair.signIn(pair.clients[0]).1.session)
        let (first, other) = (pair.clients[0], pair.clients[1])
        _ = try await other.send(other.api.getAccount(sessionToken: session.token))
        try await first.send(first.api.signOut(sessionToken: session.token))
        await #expect { try await other.send(other.api.getAccount(sessionToken: session.token)) } throws: {
            ($0 as? ClientError)?.serverCode == .unauthenticated
        }
    }

    /// One instance killed with SIGKILL in the middle of a load of sign-ins and code checks through
    /// nginx: the other goes on answering, and every write the killed one acknowledged is there —
    /// each session of an acknowledged sign-in, each failure of an acknowledged wrong code.
    @Test func anInstanceKilledUnderLoadLosesNothingItAcknowledged() async throws {
        let pair = try await Pair(settings: ["lockout_threshold=100"])
        try pair.servers.addUser(email: "bob@example.com", password: Self.password, name: "Bob")
        let balanced = try AuthClient(server: pair.servers.url)
        let (_, method) = try await EndToEnd.enableAuthenticator(through: balanced, email: "bob@example.com")
        let servers = pair.servers
        let (sessions, failures) = await withTaskGroup(of: ([String], Int).self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var sessions: [String] = [], failures = 0
                    for round in 0..<12 {
                        if worker == 0, round == 4 { servers.crash(0) }
                        if let token = try? await Pair.signIn(balanced).1.session?.token { sessions.append(token) }
                        guard let (flow, _) = try? await Pair.signIn(balanced, email: "bob@example.com") else { continue }
                        do {
                            _ = try await balanced.send(balanced.api.submitCode(flow: flow, method: method, code: "000000"))
                        } catch let error as ClientError where error.serverCode == .invalidCode {
                            failures += 1
                        } catch {}
                    }
                    return (sessions, failures)
                }
            }
            return await group.reduce(into: ([String](), 0)) { $0.0 += $1.0; $0.1 += $1.1 }
        }
        #expect(sessions.count > 12, "the other instance went on answering")
        let survivor = pair.clients[1]
        for token in sessions {
            #expect((try? await survivor.send(survivor.api.getAccount(sessionToken: token))) != nil, "an acknowledged session")
        }
        let audit = try servers.instances[1].command(["audit", "bob@example.com", "--limit", "1000"])
        let recorded = audit.split(separator: "\n").filter { $0.contains("\tcode-failed\t") }.count
        #expect(recorded >= failures, "\(recorded) failures recorded, \(failures) acknowledged")
    }
}
