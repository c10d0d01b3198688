import GRDB

extension SQLiteStore: SignInFlowStore {
    public func insertFlow(_ flow: SignInFlowRecord) async throws {
        try await database.write { db in try flow.insert(db) }
    }

    public func updateFlow(_ flow: SignInFlowRecord) async throws {
        try await database.write { db in try flow.update(db) }
    }

    public func flow(idHash: String) async throws -> SignInFlowRecord? {
        try await database.read { db in try SignInFlowRecord.fetchOne(db, key: idHash) }
    }

    public func completeFlow(idHash: String, opening session: SessionRecord, audit: AuditEvent) async throws -> Bool {
        try await database.write { db in
            guard try SignInFlowRecord.deleteOne(db, key: idHash) else { return false }
            try session.insert(db)
            try audit.insert(db)
            return true
        }
    }
}
