import PostgresNIO

extension PostgresStore: AuditStore {
    public func appendAudit(_ event: AuditEvent) async throws {
        _ = try await rows(event.insert)
    }

    public func auditEvents(userID: String?, limit: Int) async throws -> [AuditEvent] {
        let query: PostgresQuery = userID.map {
            "SELECT \(unescaped: AuditEvent.columns) FROM audit_events WHERE user_id = \($0) ORDER BY seq DESC LIMIT \(limit)"
        } ?? "SELECT \(unescaped: AuditEvent.columns) FROM audit_events ORDER BY seq DESC LIMIT \(limit)"
        return try await rows(query).map(AuditEvent.init)
    }
}
