import Foundation
import GRDB

extension SQLiteStore: SignInFlowStore {
    public func insertFlow(_ flow: SignInFlowRecord) async throws {
        try await write { db in try flow.insertRow(db) }
    }

    public func flow(idHash: String) async throws -> SignInFlowRecord? {
        try readNow { db in try SignInFlowRecord.fetchFirst(db, sql: Self.flowByIDHash, arguments: [idHash]) }
    }

    private static let flowByIDHash = SignInFlowRecord.selectSQL(where: "idHash = ?")

    public func moveFlowToCode(idHash: String, remember: Bool) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: "UPDATE signInFlow SET stage = ?, remember = ? WHERE idHash = ? AND stage = ?",
                arguments: [SignInFlowRecord.Stage.code.rawValue, remember, idHash, SignInFlowRecord.Stage.password.rawValue])
            return db.changesCount == 1
        }
    }

    public func reserveCodeAttempt(idHash: String, at now: Date, limit: Int) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE signInFlow SET codeAttempts = codeAttempts + 1
                    WHERE idHash = ? AND stage = ? AND expiresAt > ? AND codeAttempts < ?
                    """,
                arguments: [idHash, SignInFlowRecord.Stage.code.rawValue, now, limit])
            return db.changesCount == 1
        }
    }

    public func completeFlow(idHash: String, opening session: SessionRecord, audit: AuditEvent) async throws -> Bool {
        try await write { db in
            try db.cachedStatement(sql: "DELETE FROM signInFlow WHERE idHash = ?").execute(arguments: [idHash])
            guard db.changesCount == 1 else { return false }
            try session.insertRow(db)
            try audit.insertRow(db)
            return true
        }
    }
}
