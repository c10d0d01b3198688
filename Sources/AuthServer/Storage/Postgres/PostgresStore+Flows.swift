import Foundation
import PostgresNIO

extension PostgresStore: SignInFlowStore {
    public func insertFlow(_ flow: SignInFlowRecord) async throws {
        _ = try await rows(flow.insert)
    }

    public func flow(idHash: String) async throws -> SignInFlowRecord? {
        try await rows("SELECT \(unescaped: SignInFlowRecord.columns) FROM sign_in_flows WHERE id_hash = \(idHash)")
            .first.map(SignInFlowRecord.init)
    }

    public func moveFlowToCode(idHash: String, remember: Bool) async throws -> Bool {
        let code = SignInFlowRecord.Stage.code.rawValue
        let password = SignInFlowRecord.Stage.password.rawValue
        return try await !rows(
            """
            UPDATE sign_in_flows SET stage = \(code), remember = \(remember)
            WHERE id_hash = \(idHash) AND stage = \(password) RETURNING 1
            """
        ).isEmpty
    }

    public func reserveCodeAttempt(idHash: String, at now: Date, limit: Int) async throws -> Bool {
        let code = SignInFlowRecord.Stage.code.rawValue
        return try await !rows(
            """
            UPDATE sign_in_flows SET code_attempts = code_attempts + 1
            WHERE id_hash = \(idHash) AND stage = \(code) AND expires_at > \(now) AND code_attempts < \(limit) RETURNING 1
            """
        ).isEmpty
    }

    public func completeFlow(idHash: String, opening session: SessionRecord, audit: AuditEvent) async throws -> Bool {
        let completed = try await rows(CompleteFlow(idHash: idHash, session: session, audit: audit))
        return !completed.isEmpty
    }
}
