import AuthModel
import Foundation
import GRDB
import Testing

@testable import AuthServer

/// What reaches the operator and what a database dump gives away.
@Suite struct OperatorSafetyTests {
    static let email = "ada@example.com"

    /// A client-chosen method id with escape sequences in it never reaches the audit log.
    @Test func clientSuppliedIdsAreValidatedBeforeTheyAreStored() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            _ = try await api.enrollAndEnable(server)
            let (flow, _) = try await api.signIn(Self.email, TestServer.password)
            let reply = try await api.send(
                .submitCode, ["flow": flow], body: SubmitCodeRequest(method: "\u{1b}]0;owned\u{7}\u{1b}[2J", code: "123456"))
            #expect(reply.error?.code == .invalidCode)
            let events = try await server.services.store.auditEvents(userID: nil, limit: 100)
            let stored = events.flatMap { [$0.detail, $0.email, $0.clientAddress].compactMap { $0 } }
            #expect(stored.allSatisfy { $0.unicodeScalars.allSatisfy { !$0.properties.generalCategory.isControlOrFormat } })
        }
    }

    @Test func answersAreNeverCached() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            let start = try await api.send(.startSignIn, body: StartSignInRequest(email: Self.email))
            let wrong = try await api.send(.getAccount, token: "nope")
            for reply in [start, wrong] {
                #expect(reply.headers[.cacheControl] == "no-store")
            }
        }
    }

    /// Recovery codes carry 50 bits or more, and a dump of the database alone does not give them away.
    @Test func recoveryCodesAreStrongAndKeptWithAKeyedHash() async throws {
        let server = try await TestServer()
        let user = try await server.addUser()
        try await server.run { api in
            let session = try await api.session(Self.email, TestServer.password)
            _ = try await api.enrollAuthenticator(token: session.token, clock: server.clock)
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: session.token)
            let codes = try await api.expect(RecoveryCodes.self, .generateRecoveryCodes, token: session.token).codes
            for code in codes {
                let symbols = code.filter { $0 != "-" }
                #expect(Double(symbols.count) * log2(31) >= 50, "\(code)")
            }
            let store = try #require(server.services.store as? SQLiteStore)
            let stored = try await store.database.read { db in
                try String.fetchAll(db, sql: "SELECT codeHash FROM recoveryCode")
            }
            #expect(stored.count == codes.count)
            let plain = Set(codes.map { CodeDigest.of(CodeDigest.normalized($0), for: user.id) })
            #expect(plain.isDisjoint(with: stored))

            let (flow, _) = try await api.signIn(Self.email, TestServer.password)
            let used = try await api.send(.submitCode, ["flow": flow], body: SubmitCodeRequest(method: "recovery", code: codes[0]))
            #expect(used.status == 200)
            #expect(try await server.mail.waitForMessage(to: Self.email, subject: "recovery code") != nil)
        }
    }

    @Test func securityEventsAreAudited() async throws {
        let server = try await TestServer()
        try await server.addUser()
        try await server.run { api in
            _ = try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: "nobody@example.com"))
            let code = try await api.mailedResetCode(server, to: Self.email)
            _ = try await api.reset(Self.email, code: wrongCode(for: code), "copper-meadow-signal-82")
            _ = try await api.send(.resumeSession, body: ResumeSessionRequest(rememberToken: "not-a-token"))
            let kinds = Set(try await server.services.store.auditEvents(userID: nil, limit: 100).map(\.kind.rawValue))
            #expect(kinds.isSuperset(of: ["password-reset-requested", "reset-code-failed", "session-resume-failed"]))
            let unknown = try await server.services.store.auditEvents(userID: nil, limit: 100)
                .filter { $0.email == "nobody@example.com" }
            #expect(!unknown.isEmpty)
        }
    }

    /// `authterm-server audit` and `user list` print what the database holds: nothing in it acts on the terminal.
    @Test func printedEventsAndAccountsEscapeControlCharacters() {
        let event = AuditEvent(
            time: Date(timeIntervalSince1970: 0), kind: .codeFailed, email: "ada@example.com\u{1b}[2J",
            clientAddress: "192.0.2.1", detail: "Phone\t\u{1b}]0;owned\u{7}\u{202e}\\")
        let line = AccountText.line(event)
        #expect(line == "1970-01-01T00:00:00Z\tcode-failed\tada@example.com\\u{1B}[2J\t192.0.2.1\t"
            + "Phone\\u{9}\\u{1B}]0;owned\\u{7}\\u{202E}\\\\")
        let user = UserRecord(
            id: "u", email: "ada@example.com", displayName: "Ada\u{1b}[31m", passwordHash: "", createdAt: Date(),
            passwordChangedAt: nil, mfaEnabled: false, language: .en)
        let summary = AccountAdministration.Summary(user: user, methodCount: 0, lockedUntil: nil)
        for text in [AccountText.line(summary), AccountText.details(summary)] {
            #expect(!text.unicodeScalars.contains("\u{1b}"))
            #expect(text.contains("Ada\\u{1B}[31m"))
        }
    }

    /// The hashing queue is bounded: when it is full a password is not judged, and says so with 503 and
    /// when to try again; the attempt it did not judge is not counted.
    @Test func aFullHashingQueueAnswersUnavailableWithoutCountingTheAttempt() async throws {
        let server = try await TestServer { $0.hashingQueueLimit = 1 }
        try await server.addUser()
        let gate = Gate()
        let hashing = server.services.hashing
        let busy = Task { try await hashing.run { gate.wait() } }
        try await gate.waitUntilEntered()
        try await server.run { api in
            let start = try await api.expect(StartSignInResponse.self, .startSignIn, body: StartSignInRequest(email: Self.email))
            let refused = try await api.send(
                .submitPassword, ["flow": start.flow], body: SubmitPasswordRequest(password: "wrong-password-1", remember: false))
            #expect(refused.status == 503)
            #expect(refused.error?.code == .unavailable)
            #expect(refused.headers[.retryAfter] == "1")
            gate.open()
            try await busy.value
            let judged = try await api.send(
                .submitPassword, ["flow": start.flow], body: SubmitPasswordRequest(password: "wrong-password-1", remember: false))
            #expect(judged.error?.attemptsLeft == 9)
        }
    }
}

/// Holds a piece of work until the test opens it.
final class Gate: Sendable {
    private let entered = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)

    /// Called by the work: says it started, then waits.
    func wait() {
        entered.signal()
        released.wait()
    }

    func waitUntilEntered() async throws {
        while entered.wait(timeout: .now()) == .timedOut {
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    func open() { released.signal() }
}
