/// Writes security events to the store.
struct AuditLog: Sendable {
    let store: any AuditStore
    let clock: any WallClock

    /// Records an event that changes nothing else (a failure, a refusal, a mail sent).
    func record(
        _ kind: AuditEvent.Kind, user: UserRecord? = nil, email: String? = nil, origin: ClientOrigin? = nil,
        detail: String? = nil
    ) async throws {
        try await store.appendAudit(event(kind, user: user, email: email, origin: origin, detail: detail))
    }

    /// The event, for a store step that writes it together with the change it records. Its texts
    /// are validated where they come in; control and format characters are replaced here as well,
    /// so that the log can be printed to a terminal whatever reached it.
    func event(
        _ kind: AuditEvent.Kind, user: UserRecord? = nil, email: String? = nil, origin: ClientOrigin? = nil,
        detail: String? = nil
    ) -> AuditEvent {
        AuditEvent(
            time: clock.now, kind: kind, userID: user?.id, email: (user?.email ?? email).map(Self.printable),
            clientAddress: origin?.address?.description, detail: detail.map(Self.printable))
    }

    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory.isControlOrFormat ? "\u{FFFD}" : $0
        }))
    }
}
