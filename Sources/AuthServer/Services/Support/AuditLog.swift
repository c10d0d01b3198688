/// Writes security events to the store.
struct AuditLog: Sendable {
    let store: any AuditStore
    let clock: any WallClock

    func record(
        _ kind: AuditEvent.Kind, user: UserRecord? = nil, email: String? = nil, origin: ClientOrigin? = nil,
        detail: String? = nil
    ) async throws {
        try await store.appendAudit(
            AuditEvent(
                time: clock.now, kind: kind, userID: user?.id, email: user?.email ?? email,
                clientAddress: origin?.address, detail: detail))
    }
}
