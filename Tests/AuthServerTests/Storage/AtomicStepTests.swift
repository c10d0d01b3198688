import AuthModel
import Foundation
import Testing

@testable import AuthServer

/// The store's steps that decide a rule hold when requests race, and write only what they change.
@Suite struct AtomicStepTests {
    let server: TestServer
    let user: UserRecord
    var store: any Store { server.services.store }
    var now: Date { server.clock.now }

    init() async throws {
        server = try TestServer()
        user = try await server.addUser()
    }

    func event(_ kind: AuditEvent.Kind) -> AuditEvent {
        AuditEvent(time: now, kind: kind, userID: user.id)
    }

    func addMethod(_ id: String) async throws -> MethodRecord {
        let method = MethodRecord(
            id: id, userID: user.id, kind: .totp, label: id, sealedSecret: Data(count: 48), destination: nil,
            createdAt: now, lastUsedAt: nil, lastCounter: nil)
        try await store.insertSetup(
            SetupRecord(id: "setup-" + id, userID: user.id, kind: .totp, label: id, sealedSecret: Data(count: 48),
                        destination: nil, codeHash: nil, expiresAt: now.addingTimeInterval(600)),
            audit: event(.mfaSetupStarted))
        #expect(try await store.completeSetup(id: "setup-" + id, userID: user.id, as: method, audit: event(.mfaMethodAdded)))
        return method
    }

    @Test func renamingNeverWritesBackAnOldCounter() async throws {
        _ = try await addMethod("m1")
        #expect(try await store.claimCounter(100, methodID: "m1", at: now))
        let renamed = try #require(try await store.renameMethod(id: "m1", userID: user.id, label: "Pixel", audit: event(.mfaMethodRenamed)))
        #expect(renamed.label == "Pixel")
        #expect(renamed.lastCounter == 100)
        #expect(try await !store.claimCounter(100, methodID: "m1", at: now))
        #expect(try await store.renameMethod(id: "m1", userID: "someone-else", label: "x", audit: event(.mfaMethodRenamed)) == nil)
    }

    @Test func aRehashNeverUndoesAPasswordChangedMeanwhile() async throws {
        let old = user.passwordHash
        try await store.setPassword(
            userID: user.id, hash: "reset-hash", at: now, keepingSession: nil, clearingMFA: true, audit: event(.passwordReset))
        #expect(try await !store.replacePasswordHash(userID: user.id, from: old, to: "rehash"))
        #expect(try await store.user(id: user.id)?.passwordHash == "reset-hash")
    }

    /// A setup is confirmed once: the method appears as the setup goes, in one step.
    @Test func aSetupIsConfirmedOnce() async throws {
        let method = try await addMethod("m1")
        var again = method
        again.id = "m2"
        #expect(try await !store.completeSetup(id: "setup-m1", userID: user.id, as: again, audit: event(.mfaMethodAdded)))
        #expect(try await store.methods(userID: user.id).map(\.id) == ["m1"])
    }

    @Test func concurrentRemovalsAndEnablingNeverLeaveMFAOnWithoutAMethod() async throws {
        for round in 0..<20 {
            _ = try await addMethod("a\(round)")
            _ = try await addMethod("b\(round)")
            let store = store
            let userID = user.id
            let audit = event(.mfaMethodRemoved)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in ["a\(round)", "b\(round)", "a\(round)", "b\(round)"] {
                    group.addTask { _ = try await store.removeMethod(id: id, userID: userID, audit: audit) }
                }
                group.addTask { _ = try await store.enableMFA(userID: userID, audit: audit) }
                try await group.waitForAll()
            }
            let enabled = try #require(try await store.user(id: user.id)).mfaEnabled
            let methods = try await store.methods(userID: user.id)
            #expect(!enabled || !methods.isEmpty, "round \(round)")
            if enabled { break }
        }
    }

    /// A one-time code is used once; wrong tries burn it; neither a used nor a burnt code comes back.
    @Test func oneTimeCodesAreRedeemedOnceAndBurnAfterFailures() async throws {
        func issue() async throws {
            try await store.issueCode(OneTimeCodeRecord(
                purpose: .passwordReset, subject: user.id, codeHash: "right", expiresAt: now.addingTimeInterval(60),
                failedAttempts: 0))
        }
        func redeem(_ hash: String) async throws -> CodeRedemption {
            try await store.redeemCode(purpose: .passwordReset, subject: user.id, codeHash: hash, at: now, maxFailures: 5)
        }
        try await issue()
        #expect(try await redeem("right") == .redeemed)
        #expect(try await redeem("right") == .missing)

        try await issue()
        let shared = store
        let userID = user.id
        let at = now
        let outcomes = try await withThrowingTaskGroup(of: CodeRedemption.self) { group in
            for _ in 0..<40 {
                group.addTask {
                    try await shared.redeemCode(
                        purpose: .passwordReset, subject: userID, codeHash: "wrong", at: at, maxFailures: 5)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == .wrong }.count == 5)
        #expect(try await redeem("right") == .missing, "burnt")

        try await issue()
        server.clock.advance(61)
        #expect(try await redeem("right") == .expired)
        #expect(try await redeem("right") == .missing)
    }

    @Test func aFlowAndASetupGrantTheirAttemptsOnce() async throws {
        try await store.insertFlow(SignInFlowRecord(
            idHash: "flow", email: user.email, userID: user.id, stage: .code, remember: false,
            expiresAt: now.addingTimeInterval(600)))
        _ = try await store.insertSetup(
            SetupRecord(id: "setup", userID: user.id, kind: .totp, label: "x", sealedSecret: Data(count: 48),
                        destination: nil, codeHash: nil, expiresAt: now.addingTimeInterval(600)),
            audit: event(.mfaSetupStarted))
        let store = store
        let userID = user.id
        let at = now
        let (flows, setups) = try await withThrowingTaskGroup(of: (Bool, Bool).self) { group in
            for _ in 0..<20 {
                group.addTask {
                    (try await store.reserveCodeAttempt(idHash: "flow", at: at, limit: 5),
                     try await store.reserveSetupAttempt(id: "setup", userID: userID, at: at, limit: 5))
                }
            }
            return try await group.reduce(into: (0, 0)) { counts, granted in
                counts.0 += granted.0 ? 1 : 0
                counts.1 += granted.1 ? 1 : 0
            }
        }
        #expect(flows == 5)
        #expect(setups == 5)
    }

    @Test func parallelReservationsLockAtTheThreshold() async throws {
        let throttle = server.services.throttle
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<40 {
                group.addTask {
                    do {
                        _ = try await throttle.reserveAttempt("failures:password:x")
                        return true
                    } catch let error as APIError where error.code == .locked {
                        return false
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 10)
    }
}
