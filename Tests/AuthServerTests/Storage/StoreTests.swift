import AuthModel
import Foundation
import GRDB
import Testing
import TestSupport

@testable import AuthServer

/// The one suite of the `Store` protocol, run against both stores: every step, and every rule that
/// must hold when requests race.
@Suite struct StoreTests {
    /// A fresh store with one account, and what its steps take.
    struct Fixture {
        let server: TestServer
        let user: UserRecord
        var store: any Store { server.services.store }
        var now: Date { server.clock.now }

        init(_ kind: StoreKind) async throws {
            server = try await TestServer(store: kind)
            user = try await server.addUser()
        }

        func event(_ kind: AuditEvent.Kind) -> AuditEvent {
            AuditEvent(time: now, kind: kind, userID: user.id, email: user.email)
        }

        func session(_ id: String, remember: String? = nil, family: String? = nil) -> SessionRecord {
            SessionRecord(
                id: id, userID: user.id, familyID: family ?? id, tokenHash: "token-" + id, rememberHash: remember,
                createdAt: now, lastSeenAt: now, expiresAt: now.addingTimeInterval(3600))
        }

        func setup(_ id: String, expiresIn seconds: TimeInterval = 600) -> SetupRecord {
            SetupRecord(
                id: id, userID: user.id, kind: .totp, label: id, sealedSecret: Data(repeating: 7, count: 48),
                destination: nil, codeHash: nil, expiresAt: now.addingTimeInterval(seconds))
        }

        func method(_ id: String) -> MethodRecord {
            MethodRecord(
                id: id, userID: user.id, kind: .totp, label: id, sealedSecret: Data(repeating: 9, count: 48),
                destination: nil, createdAt: now, lastUsedAt: nil, lastCounter: nil)
        }

        /// Opens `session` through a sign-in flow of its own, as a sign-in does.
        func open(_ session: SessionRecord) async throws {
            try await store.insertFlow(SignInFlowRecord(
                idHash: "flow-" + session.id, email: user.email, userID: user.id, stage: .password,
                remember: session.rememberHash != nil, expiresAt: now.addingTimeInterval(600)))
            #expect(try await store.completeFlow(idHash: "flow-" + session.id, opening: session, audit: event(.signIn)))
        }

        /// Registers a method through a setup, as enrollment does.
        @discardableResult
        func addMethod(_ id: String) async throws -> MethodRecord {
            try await store.insertSetup(setup("setup-" + id), audit: event(.mfaSetupStarted))
            #expect(try await store.completeSetup(id: "setup-" + id, userID: user.id, as: method(id), audit: event(.mfaMethodAdded)))
            return method(id)
        }

        func kinds() async throws -> [AuditEvent.Kind] {
            try await store.auditEvents(userID: user.id, limit: 100).map(\.kind)
        }
    }

    // MARK: Users

    @Test(arguments: StoreKind.allCases)
    func usersAreKeptAndFoundByIdAndEmail(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        #expect(try await store.user(id: fixture.user.id) == fixture.user)
        #expect(try await store.user(email: "ada@example.com") == fixture.user)
        #expect(try await store.user(email: "nobody@example.com") == nil)
        var other = fixture.user
        other.id = "other"
        await #expect(throws: StoreError.duplicateEmail) { try await store.insertUser(other, audit: fixture.event(.accountCreated)) }
        other.email = "bob@example.com"
        try await store.insertUser(other, audit: fixture.event(.accountCreated))
        #expect(try await store.users().map(\.email) == ["ada@example.com", "bob@example.com"])
    }

    /// The language of an account's mail changes with its audit event, and only for an account that exists.
    @Test(arguments: StoreKind.allCases)
    func theLanguageOfAnAccountChangesWithItsAuditEvent(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        #expect(fixture.user.language == .en)
        #expect(try await store.setLanguage(userID: fixture.user.id, .ja, audit: fixture.event(.languageChanged)))
        #expect(try await store.user(id: fixture.user.id)?.language == .ja)
        #expect(try await store.user(email: fixture.user.email)?.language == .ja)
        #expect(try await fixture.kinds().first == .languageChanged)
        #expect(try await !store.setLanguage(userID: "nobody", .ja, audit: fixture.event(.languageChanged)))
        #expect(try await fixture.kinds().filter { $0 == .languageChanged }.count == 1, "no event without a change")
        var other = fixture.user
        (other.id, other.email, other.language) = ("other", "bob@example.com", .ja)
        try await store.insertUser(other, audit: fixture.event(.accountCreated))
        #expect(try await store.user(id: "other")?.language == .ja)
    }

    /// Accounts made before the language was asked keep working after the migration, in English.
    @Test(arguments: StoreKind.allCases)
    func accountsFromBeforeTheLanguageAreInEnglish(kind: StoreKind) async throws {
        let opened = try await Self.storeWithAnAccountOfTheFirstSchema(kind)
        let user = try #require(try await opened.store.user(id: "old"))
        #expect(user.language == .en)
        #expect(user.email == "old@example.com")
    }

    /// A store whose schema was at its first version when the account `old` was made, then migrated.
    static func storeWithAnAccountOfTheFirstSchema(_ kind: StoreKind) async throws -> OpenedStore {
        let insert = """
            INSERT INTO %@ VALUES ('old', 'old@example.com', 'Old', 'hash', '2026-01-01 00:00:00', NULL, false)
            """
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-v2-\(UUID())").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = folder + "/authterm-server.sqlite"
            let queue = try DatabaseQueue(path: path)
            try SQLiteMigrations.migrator.migrate(queue, upTo: "v2")
            try await queue.write { try $0.execute(sql: String(format: insert, "user")) }
            try queue.close()
            let store = try SQLiteStore(path: path)
            _ = try await store.migrate()
            return OpenedStore(store: store)
        case .postgres:
            await PostgresTurns.shared.take()
            do {
                let cluster = try PostgresCluster.shared()
                let database = try cluster.createDatabase()
                let first = PostgresMigrations.versions[0].map(\.sql) + [
                    "CREATE TABLE schema_migrations (version bigint PRIMARY KEY, applied_at timestamptz NOT NULL)",
                    "INSERT INTO schema_migrations VALUES (1, now())", String(format: insert, "users"),
                ]
                try cluster.psql(first.joined(separator: ";\n"), database: database)
                return try await OpenedStore.postgres(in: cluster, database: database, turn: true)
            } catch {
                PostgresTurns.shared.give()
                throw error
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aRehashNeverUndoesAPasswordChangedMeanwhile(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        let old = fixture.user.passwordHash
        #expect(try await store.replacePasswordHash(userID: userID, from: old, to: "rehash"))
        try await store.setPassword(
            userID: userID, hash: "reset-hash", at: fixture.now, keepingSession: nil, clearingMFA: false,
            audit: fixture.event(.passwordReset))
        #expect(try await !store.replacePasswordHash(userID: userID, from: "rehash", to: "stale"))
        let user = try #require(try await store.user(id: userID))
        #expect(user.passwordHash == "reset-hash")
        #expect(user.passwordChangedAt != nil)
    }

    /// A new password ends the other sessions and, by policy, the methods, with its audit event.
    @Test(arguments: StoreKind.allCases)
    func settingAPasswordEndsSessionsAndMayClearMethods(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        try await fixture.addMethod("m1")
        try await store.replaceRecoveryCodes(userID: userID, hashes: ["r1"], audit: fixture.event(.recoveryCodesGenerated))
        try await store.insertFlow(SignInFlowRecord(
            idHash: "f1", email: fixture.user.email, userID: userID, stage: .password, remember: false,
            expiresAt: fixture.now.addingTimeInterval(600)))
        try await store.insertFlow(SignInFlowRecord(
            idHash: "f2", email: fixture.user.email, userID: userID, stage: .password, remember: false,
            expiresAt: fixture.now.addingTimeInterval(600)))
        #expect(try await store.completeFlow(idHash: "f1", opening: fixture.session("s1"), audit: fixture.event(.signIn)))
        #expect(try await store.completeFlow(idHash: "f2", opening: fixture.session("s2"), audit: fixture.event(.signIn)))

        try await store.setPassword(
            userID: userID, hash: "changed", at: fixture.now, keepingSession: "s1", clearingMFA: false,
            audit: fixture.event(.passwordChanged))
        #expect(try await store.sessions(userID: userID).map(\.id) == ["s1"])
        #expect(try await store.methods(userID: userID).count == 1)

        try await store.setPassword(
            userID: userID, hash: "reset", at: fixture.now, keepingSession: nil, clearingMFA: true,
            audit: fixture.event(.passwordReset))
        #expect(try await store.sessions(userID: userID).isEmpty)
        #expect(try await store.methods(userID: userID).isEmpty)
        #expect(try await store.mfaStatus(userID: userID).recoveryCodes == 0)
        #expect(try await fixture.kinds().filter { [.passwordChanged, .passwordReset].contains($0) }.count == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func enablingNeedsAMethodAndTheHelpdeskResetTurnsItOff(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        #expect(try await store.enableMFA(userID: userID, audit: fixture.event(.mfaEnabled)) == .noMethods)
        try await fixture.addMethod("m1")
        #expect(try await store.enableMFA(userID: userID, audit: fixture.event(.mfaEnabled)) == .enabled)
        #expect(try await store.enableMFA(userID: userID, audit: fixture.event(.mfaEnabled)) == .alreadyEnabled)
        #expect(try await store.user(id: userID)?.mfaEnabled == true)
        try await store.resetMFA(userID: userID, audit: fixture.event(.mfaReset))
        #expect(try await store.user(id: userID)?.mfaEnabled == false)
        #expect(try await store.methods(userID: userID).isEmpty)
        #expect(try await fixture.kinds().filter { $0 == .mfaEnabled }.count == 1)
    }

    // MARK: Sessions

    /// A remembered session rotates once; the retired token names its family, which can be ended whole.
    @Test(arguments: StoreKind.allCases)
    func rememberedSessionsRotateOnceAndEndByFamily(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        try await store.insertFlow(SignInFlowRecord(
            idHash: "f", email: fixture.user.email, userID: userID, stage: .password, remember: true,
            expiresAt: fixture.now.addingTimeInterval(600)))
        #expect(try await store.completeFlow(idHash: "f", opening: fixture.session("s1", remember: "r1"), audit: fixture.event(.signIn)))
        let found = try #require(try await store.sessionAccount(tokenHash: "token-s1"))
        #expect(found.session.id == "s1")
        #expect(found.user == fixture.user)
        #expect(found.mfa == MFARecords(methods: [], recoveryCodes: 0))
        #expect(try await store.sessionAccount(rememberHash: "r1")?.session.id == "s1")
        #expect(try await store.sessionAccount(tokenHash: "none") == nil)

        let next = fixture.session("s2", remember: "r2", family: "s1")
        let shared = store
        let rotations = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await shared.rotateSession(rememberHash: "r1", to: next, at: fixture.now, audit: fixture.event(.sessionResumed))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }.filter { $0 }.count
        #expect(rotations == 1)
        #expect(try await store.retiredRemember(hash: "r1")?.familyID == "s1")
        #expect(try await store.retiredRemember(hash: "r2") == nil)
        #expect(try await store.sessions(userID: userID).map(\.id) == ["s2"])

        #expect(try await store.completeFlow(idHash: "f", opening: fixture.session("x"), audit: fixture.event(.signIn)) == false)
        try await store.insertFlow(SignInFlowRecord(
            idHash: "g", email: fixture.user.email, userID: userID, stage: .password, remember: false,
            expiresAt: fixture.now.addingTimeInterval(600)))
        #expect(try await store.completeFlow(idHash: "g", opening: fixture.session("s3"), audit: fixture.event(.signIn)))
        try await store.deleteFamily("s1", audit: fixture.event(.rememberTokenReplayed))
        #expect(try await store.sessions(userID: userID).map(\.id) == ["s3"])
        #expect(try await fixture.kinds().contains(.rememberTokenReplayed))
    }

    @Test(arguments: StoreKind.allCases)
    func sessionsAreTouchedMarkedAndEnded(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        for id in ["s1", "s2", "s3"] {
            try await fixture.open(fixture.session(id))
        }
        try await fixture.addMethod("m1")
        #expect(try await store.sessionAccount(tokenHash: "token-s2")?.mfa.methods == [fixture.method("m1")])
        let later = fixture.now.addingTimeInterval(120)
        try await store.touchSession(id: "s1", at: later, staleBefore: later.addingTimeInterval(-60))
        try await store.touchSession(id: "s1", at: later.addingTimeInterval(10), staleBefore: later.addingTimeInterval(-50))
        #expect(try await store.sessionAccount(tokenHash: "token-s1")?.session.lastSeenAt == later, "a fresh session is not written again")
        try await store.markAuthenticated(sessionID: "s1", at: later, audit: fixture.event(.reauthenticated))
        #expect(try await store.sessionAccount(tokenHash: "token-s1")?.session.authenticatedAt == later)

        #expect(try await store.deleteSession(id: "s2", userID: "someone-else", audit: fixture.event(.sessionRevoked)) == false)
        #expect(try await store.deleteSession(id: "s2", userID: userID, audit: fixture.event(.sessionRevoked)))
        #expect(try await store.deleteSessions(userID: userID, keeping: "s1", audit: fixture.event(.otherSessionsEnded)) == 1)
        #expect(try await store.sessions(userID: userID).map(\.id) == ["s1"])
    }

    // MARK: Sign-in flows

    @Test(arguments: StoreKind.allCases)
    func aFlowMovesToTheCodeOnceAndGrantsItsAttemptsOnce(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        try await store.insertFlow(SignInFlowRecord(
            idHash: "flow", email: fixture.user.email, userID: fixture.user.id, stage: .password, remember: false,
            expiresAt: fixture.now.addingTimeInterval(600)))
        #expect(try await store.reserveCodeAttempt(idHash: "flow", at: fixture.now, limit: 5) == false, "no code asked yet")
        #expect(try await store.moveFlowToCode(idHash: "flow", remember: true))
        #expect(try await store.moveFlowToCode(idHash: "flow", remember: true) == false)
        #expect(try await store.flow(idHash: "flow")?.remember == true)
        try await store.insertSetup(fixture.setup("setup"), audit: fixture.event(.mfaSetupStarted))
        let shared = store
        let userID = fixture.user.id
        let at = fixture.now
        let (flows, setups) = try await withThrowingTaskGroup(of: (Bool, Bool).self) { group in
            for _ in 0..<20 {
                group.addTask {
                    (try await shared.reserveCodeAttempt(idHash: "flow", at: at, limit: 5),
                     try await shared.reserveSetupAttempt(id: "setup", userID: userID, at: at, limit: 5))
                }
            }
            return try await group.reduce(into: (0, 0)) { counts, granted in
                counts.0 += granted.0 ? 1 : 0
                counts.1 += granted.1 ? 1 : 0
            }
        }
        #expect(flows == 5)
        #expect(setups == 5)
        #expect(try await store.flow(idHash: "flow")?.codeAttempts == 5)
        #expect(try await store.reserveCodeAttempt(idHash: "flow", at: at.addingTimeInterval(601), limit: 10) == false, "expired")
    }

    /// A session comes with its account's MFA records in one read, as `mfaStatus` reads them: the
    /// recovery codes count with no method too, and methods come oldest first (then by id).
    @Test(arguments: StoreKind.allCases)
    func aSessionComesWithItsAccountsMFARecords(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        try await fixture.open(fixture.session("s1", remember: "r1"))
        try await store.replaceRecoveryCodes(userID: userID, hashes: ["a", "b"], audit: fixture.event(.recoveryCodesGenerated))
        let codesOnly = MFARecords(methods: [], recoveryCodes: 2)
        #expect(try await store.mfaStatus(userID: userID) == codesOnly)
        #expect(try await store.sessionAccount(tokenHash: "token-s1")?.mfa == codesOnly)

        try await fixture.addMethod("m2")
        try await fixture.addMethod("m1")
        let both = MFARecords(methods: [fixture.method("m1"), fixture.method("m2")], recoveryCodes: 2)
        #expect(try await store.mfaStatus(userID: userID) == both)
        let found = try #require(try await store.sessionAccount(rememberHash: "r1"))
        #expect(found.mfa == both)
        #expect(found.session == fixture.session("s1", remember: "r1"))
        #expect(found.user == fixture.user)
        #expect(try await store.mfaStatus(userID: "nobody") == MFARecords(methods: [], recoveryCodes: 0))
    }

    // MARK: Methods and setups

    /// A setup is confirmed once: the method appears as the setup goes, in one step.
    @Test(arguments: StoreKind.allCases)
    func aSetupIsConfirmedOnce(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        try await fixture.addMethod("m1")
        #expect(try await store.setup(id: "setup-m1") == nil)
        #expect(try await !store.completeSetup(id: "setup-m1", userID: fixture.user.id, as: fixture.method("m2"), audit: fixture.event(.mfaMethodAdded)))
        #expect(try await store.methods(userID: fixture.user.id) == [fixture.method("m1")])
        #expect(try await store.mfaStatus(userID: fixture.user.id).methods == [fixture.method("m1")])
        #expect(try await store.sessionAccount(tokenHash: "none") == nil)
        try await store.insertSetup(fixture.setup("s2"), audit: fixture.event(.mfaSetupStarted))
        #expect(try await store.setup(id: "s2") == fixture.setup("s2"))
        try await store.deleteSetup(id: "s2")
        #expect(try await store.setup(id: "s2") == nil)
        #expect(try await store.hasSealedSecrets())
    }

    @Test(arguments: StoreKind.allCases)
    func renamingNeverWritesBackAnOldCounter(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        try await fixture.addMethod("m1")
        #expect(try await store.claimCounter(100, methodID: "m1", at: fixture.now))
        let renamed = try #require(
            try await store.renameMethod(id: "m1", userID: fixture.user.id, label: "Pixel", audit: fixture.event(.mfaMethodRenamed)))
        #expect(renamed.label == "Pixel")
        #expect(renamed.lastCounter == 100)
        #expect(try await !store.claimCounter(100, methodID: "m1", at: fixture.now))
        #expect(try await !store.claimCounter(99, methodID: "m1", at: fixture.now))
        #expect(try await store.claimCounter(101, methodID: "m1", at: fixture.now))
        #expect(try await store.renameMethod(id: "m1", userID: "someone-else", label: "x", audit: fixture.event(.mfaMethodRenamed)) == nil)
        try await store.markMethodUsed(id: "m1", at: fixture.now.addingTimeInterval(5))
        #expect(try await store.methods(userID: fixture.user.id).first?.lastUsedAt == fixture.now.addingTimeInterval(5))
    }

    @Test(arguments: StoreKind.allCases)
    func aTOTPStepClaimedInParallelIsClaimedOnce(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        try await fixture.addMethod("m1")
        let store = fixture.store
        let at = fixture.now
        let claims = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 { group.addTask { try await store.claimCounter(7, methodID: "m1", at: at) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(claims.filter { $0 }.count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentRemovalsAndEnablingNeverLeaveMFAOnWithoutAMethod(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        let audit = fixture.event(.mfaMethodRemoved)
        for round in 0..<10 {
            try await fixture.addMethod("a\(round)")
            try await fixture.addMethod("b\(round)")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in ["a\(round)", "b\(round)", "a\(round)", "b\(round)"] {
                    group.addTask { _ = try await store.removeMethod(id: id, userID: userID, audit: audit) }
                }
                group.addTask { _ = try await store.enableMFA(userID: userID, audit: audit) }
                try await group.waitForAll()
            }
            let enabled = try #require(try await store.user(id: userID)).mfaEnabled
            let methods = try await store.methods(userID: userID)
            #expect(!enabled || !methods.isEmpty, "round \(round)")
            if enabled {
                #expect(try await store.removeMethod(id: methods[0].id, userID: userID, audit: audit) == .lastMethod)
                break
            }
        }
        #expect(try await store.removeMethod(id: "none", userID: userID, audit: audit) == .notFound)
    }

    // MARK: Codes

    /// A one-time code is used once; wrong tries burn it; neither a used nor a burnt code comes back.
    @Test(arguments: StoreKind.allCases)
    func oneTimeCodesAreRedeemedOnceAndBurnAfterFailures(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        let at = fixture.now
        func issue() async throws {
            try await store.issueCode(OneTimeCodeRecord(
                purpose: .passwordReset, subject: userID, codeHash: "right", expiresAt: at.addingTimeInterval(60),
                failedAttempts: 0))
        }
        func redeem(_ hash: String, at time: Date? = nil) async throws -> CodeRedemption {
            try await store.redeemCode(purpose: .passwordReset, subject: userID, codeHash: hash, at: time ?? at, maxFailures: 5)
        }
        try await issue()
        #expect(try await redeem("right") == .redeemed)
        #expect(try await redeem("right") == .missing)

        try await issue()
        let outcomes = try await withThrowingTaskGroup(of: CodeRedemption.self) { group in
            for _ in 0..<40 {
                group.addTask {
                    try await store.redeemCode(purpose: .passwordReset, subject: userID, codeHash: "wrong", at: at, maxFailures: 5)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == .wrong }.count == 5)
        #expect(try await redeem("right") == .missing, "burnt")

        try await issue()
        #expect(try await redeem("right", at: at.addingTimeInterval(61)) == .expired)
        #expect(try await redeem("right") == .missing)
    }

    @Test(arguments: StoreKind.allCases)
    func recoveryCodesAreReplacedAndUsedOnce(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        try await store.replaceRecoveryCodes(userID: userID, hashes: ["a", "b"], audit: fixture.event(.recoveryCodesGenerated))
        try await store.replaceRecoveryCodes(userID: userID, hashes: ["c", "d", "e"], audit: fixture.event(.recoveryCodesGenerated))
        #expect(try await store.mfaStatus(userID: userID).recoveryCodes == 3)
        #expect(try await !store.consumeRecoveryCode(userID: userID, hash: "a", audit: fixture.event(.recoveryCodeUsed)))
        let uses = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { try await store.consumeRecoveryCode(userID: userID, hash: "c", audit: fixture.event(.recoveryCodeUsed)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(uses.filter { $0 }.count == 1)
        #expect(try await store.mfaStatus(userID: userID).recoveryCodes == 2)
        #expect(try await fixture.kinds().filter { $0 == .recoveryCodeUsed }.count == 1)
    }

    // MARK: Audit, throttles, metadata

    @Test(arguments: StoreKind.allCases)
    func auditEventsComeNewestFirst(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        try await store.appendAudit(AuditEvent(time: fixture.now, kind: .signInFailed, email: "nobody@example.com", detail: "x"))
        try await store.appendAudit(fixture.event(.signIn))
        #expect(try await store.auditEvents(userID: nil, limit: 2).map(\.kind) == [.signIn, .signInFailed])
        #expect(try await store.auditEvents(userID: fixture.user.id, limit: 10).map(\.kind) == [.signIn, .accountCreated])
        #expect(try await store.auditEvents(userID: nil, limit: 10).last?.kind == .accountCreated)
    }

    @Test(arguments: StoreKind.allCases)
    func parallelReservationsLockAtTheThreshold(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let throttle = fixture.server.services.throttle
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
        let store = fixture.store
        #expect(try await store.throttle(key: "failures:password:x")?.lockedUntil != nil)
        try await store.deleteThrottles(keys: ["failures:password:x", "other"], audit: fixture.event(.accountUnlocked))
        #expect(try await store.throttle(key: "failures:password:x") == nil)
        #expect(try await fixture.kinds().contains(.accountUnlocked))
    }

    /// An attempt given back unjudged lifts the lock it set, whatever the clock's fractions of a second.
    @Test(arguments: StoreKind.allCases)
    func aReleasedAttemptLiftsItsLockAtTheStoresPrecision(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        fixture.server.clock.advance(0.123_456_789)
        let throttle = fixture.server.services.throttle
        var last: LockoutRule.Reservation?
        for _ in 0..<10 { last = try await throttle.reserveAttempt("k") }
        let locking = try #require(last)
        #expect(locking.lock != nil)
        try await throttle.releaseAttempt("k", locking)
        let record = try await fixture.store.throttle(key: "k")
        #expect(record?.lockedUntil == nil)
        #expect(record?.count == 9)
        let window = try await throttle.reserve(5, "w")
        try await throttle.release(5, "w", windowStart: window)
        #expect(try await fixture.store.throttle(key: "w")?.count == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func metadataIsSettledOnce(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        #expect(try await store.metadata("check") == nil)
        #expect(try await !store.hasSealedSecrets())
        let settled = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<8 { group.addTask { try await store.settleMetadata("check", value: "value-\(index)") } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(settled).count == 1)
        #expect(try await store.metadata("check") == settled[0])
    }

    // MARK: Expiry and maintenance

    @Test(arguments: StoreKind.allCases)
    func expiredRecordsGoAndLiveOnesStay(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let store = fixture.store
        let userID = fixture.user.id
        let now = fixture.now
        try await store.insertFlow(SignInFlowRecord(
            idHash: "old", email: fixture.user.email, userID: userID, stage: .password, remember: false,
            expiresAt: now.addingTimeInterval(-1)))
        try await store.insertFlow(SignInFlowRecord(
            idHash: "live", email: fixture.user.email, userID: userID, stage: .password, remember: false,
            expiresAt: now.addingTimeInterval(600)))
        try await store.insertSetup(fixture.setup("gone", expiresIn: -1), audit: fixture.event(.mfaSetupStarted))
        try await store.issueCode(OneTimeCodeRecord(
            purpose: .signIn, subject: "m", codeHash: "h", expiresAt: now.addingTimeInterval(-1), failedAttempts: 0))
        try await store.appendAudit(AuditEvent(time: now.addingTimeInterval(-100), kind: .signInFailed))
        _ = try await store.updateThrottle(key: "idle") { record in
            record = ThrottleRecord(key: "idle", count: 1, windowStart: now.addingTimeInterval(-200))
        }
        _ = try await store.updateThrottle(key: "locked") { record in
            record = ThrottleRecord(
                key: "locked", count: 0, windowStart: now.addingTimeInterval(-200), lockedUntil: now.addingTimeInterval(50))
        }
        let deleted = try await store.deleteExpired(ExpiryCutoffs(
            now: now, rememberUsedBefore: now, rememberCreatedBefore: now, throttleChangedBefore: now.addingTimeInterval(-100),
            auditBefore: now.addingTimeInterval(-50)))
        #expect(deleted == 5)
        #expect(try await store.flow(idHash: "live") != nil)
        #expect(try await store.throttle(key: "locked") != nil)
        #expect(try await store.throttle(key: "idle") == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func migratingAgainChangesNothing(kind: StoreKind) async throws {
        let fixture = try await Fixture(kind)
        let migration = try await fixture.store.migrate()
        #expect(migration.from == migration.to)
        try await fixture.store.ping()
    }

    /// Every row comes out and goes into another store as it was; a store with accounts takes none.
    @Test(arguments: StoreKind.allCases, StoreKind.allCases)
    func contentsMoveFromOneStoreToAnother(from: StoreKind, to: StoreKind) async throws {
        let source = try await Fixture(from)
        let store = source.store
        try await source.addMethod("m1")
        try await store.insertSetup(source.setup("pending"), audit: source.event(.mfaSetupStarted))
        try await store.replaceRecoveryCodes(userID: source.user.id, hashes: ["r"], audit: source.event(.recoveryCodesGenerated))
        try await store.insertFlow(SignInFlowRecord(
            idHash: "f", email: source.user.email, userID: source.user.id, stage: .password, remember: true,
            expiresAt: source.now.addingTimeInterval(600)))
        #expect(try await store.completeFlow(idHash: "f", opening: source.session("s1", remember: "r1"), audit: source.event(.signIn)))
        #expect(try await store.rotateSession(
            rememberHash: "r1", to: source.session("s2", remember: "r2", family: "s1"), at: source.now,
            audit: source.event(.sessionResumed)))
        try await store.issueCode(OneTimeCodeRecord(
            purpose: .signIn, subject: "m1", codeHash: "h", expiresAt: source.now.addingTimeInterval(60), failedAttempts: 2))
        _ = try await store.updateThrottle(key: "k") { $0 = ThrottleRecord(key: "k", count: 3, windowStart: source.now) }
        _ = try await store.settleMetadata("secrets-key-check", value: "check")
        let contents = try await store.contents()

        let target = try await TestServer(store: to)
        let destination = target.services.store
        try await destination.load(contents)
        #expect(try await destination.contents() == contents)
        await #expect(throws: StoreError.notEmpty) { try await destination.load(contents) }
    }
}
