import Foundation

/// How the commands print accounts and events: every stored text escaped for the terminal.
public enum AccountText {
    public static func line(_ summary: AccountAdministration.Summary) -> String {
        let user = summary.user
        let mfa = user.mfaEnabled ? "mfa on (\(summary.methodCount) methods)" : "mfa off"
        let locked = summary.lockedUntil.map { " locked until \(timestamp($0))" } ?? ""
        return [user.email, user.displayName].map(TerminalSafeText.escaped).joined(separator: "\t") + "\t\(mfa)\(locked)"
    }

    public static func details(_ summary: AccountAdministration.Summary) -> String {
        let user = summary.user
        return """
            e-mail:            \(TerminalSafeText.escaped(user.email))
            name:              \(TerminalSafeText.escaped(user.displayName))
            created:           \(timestamp(user.createdAt))
            password changed:  \(user.passwordChangedAt.map(timestamp) ?? "never")
            mfa:               \(user.mfaEnabled ? "enabled" : "not enabled"), \(summary.methodCount) methods
            language of mail:  \(user.language.rawValue)
            locked until:      \(summary.lockedUntil.map(timestamp) ?? "not locked")
            """
    }

    public static func line(_ event: AuditEvent) -> String {
        [timestamp(event.time), event.kind.rawValue, event.email ?? "-", event.clientAddress ?? "-", event.detail ?? ""]
            .map(TerminalSafeText.escaped)
            .joined(separator: "\t")
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
