import GRDB

extension SQLiteStore: AuditStore {
    public func appendAudit(_ event: AuditEvent) async throws {
        try await write { db in try event.insertRow(db) }
    }

    public func auditEvents(userID: String?, limit: Int) async throws -> [AuditEvent] {
        try await database.read { db in
            var events = AuditEvent.order(Column("seq").desc)
            if let userID { events = events.filter(Column("userID") == userID) }
            return try events.limit(limit).fetchAll(db)
        }
    }
}
