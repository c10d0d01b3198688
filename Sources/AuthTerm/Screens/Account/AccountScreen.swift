import AuthModel
import TerminalUI

/// Avatar Menu > Account Settings: who is signed in and the state of their MFA.
public struct AccountScreen: Equatable, Sendable, ScreenContent {
    public let account: Account

    public init(account: Account) {
        self.account = account
    }

    var title: String { "Account Settings" }
    var helpTopic: HelpTopic { .home }
    var hints: [KeyHint] { [KeyHint("F2", "avatar menu"), KeyHint("Esc", "back")] }

    func render(into buffer: inout Buffer, area: Rect, symbols: Symbols) {
        var rows = RowCursor(area)
        field("E-mail address", account.email, &buffer, rows.take())
        field("Display name", account.displayName, &buffer, rows.take())
        rows.skip()
        field("Multifactor authentication", MFASummary(account.mfa).text, &buffer, rows.take())
        for method in account.mfa.methods {
            let kind = method.kind == .totp ? "Authenticator app" : "SMS"
            Label("  • \(kind): \(method.label)", style: Style(.muted)).render(into: &buffer, area: rows.take())
        }
    }

    private func field(_ name: String, _ value: String, _ buffer: inout Buffer, _ row: Rect) {
        let used = buffer.write(name + ": ", x: row.x, y: row.y, style: Style(.muted))
        buffer.write(value, x: row.x + used, y: row.y, style: .plain)
    }
}
