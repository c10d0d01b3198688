import AuthServer
import Foundation

/// How the commands print accounts and events.
enum AccountText {
    static func line(_ summary: AccountAdministration.Summary) -> String {
        let user = summary.user
        let mfa = user.mfaEnabled ? "mfa on (\(summary.methodCount) methods)" : "mfa off"
        let locked = summary.lockedUntil.map { " locked until \(timestamp($0))" } ?? ""
        return "\(user.email)\t\(user.displayName)\t\(mfa)\(locked)"
    }

    static func details(_ summary: AccountAdministration.Summary) -> String {
        let user = summary.user
        return """
            e-mail:            \(user.email)
            name:              \(user.displayName)
            created:           \(timestamp(user.createdAt))
            password changed:  \(user.passwordChangedAt.map(timestamp) ?? "never")
            mfa:               \(user.mfaEnabled ? "enabled" : "not enabled"), \(summary.methodCount) methods
            locked until:      \(summary.lockedUntil.map(timestamp) ?? "not locked")
            """
    }

    static func line(_ event: AuditEvent) -> String {
        [timestamp(event.time), event.kind.rawValue, event.email ?? "-", event.clientAddress ?? "-", event.detail ?? ""]
            .joined(separator: "\t")
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
