/// Writes security events to the store.
struct AuditLog: Sendable {
    let store: any AuditStore
    let clock: any WallClock

    func record(
        _ kind: AuditEvent.Kind, user: UserRecord? = nil, email: String? = nil, origin: ClientOrigin? = nil,
        detail: String? = nil
    ) async throws {
        try await store.appendAudit(event(kind, user: user, email: email, origin: origin, detail: detail))
    }

    /// The event, for a store step that writes it together with the change it records.
    func event(
        _ kind: AuditEvent.Kind, user: UserRecord? = nil, email: String? = nil, origin: ClientOrigin? = nil,
        detail: String? = nil
    ) -> AuditEvent {
        AuditEvent(
            time: clock.now, kind: kind, userID: user?.id, email: user?.email ?? email,
            clientAddress: origin?.address, detail: detail)
    }
}
