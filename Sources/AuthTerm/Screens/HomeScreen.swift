import AuthModel
import TerminalUI

/// The signed-in main screen. The avatar sits in the lower-left corner (drawn by the frame).
public struct HomeScreen: Equatable, Sendable, ScreenContent {
    public let account: Account

    public init(account: Account) {
        self.account = account
    }

    var title: String { "Home" }
    var helpTopic: HelpTopic { .home }
    var hints: [KeyHint] { [KeyHint("F2", "avatar menu")] }

    func render(into buffer: inout Buffer, area: Rect, symbols: Symbols) {
        var rows = RowCursor(area)
        Label("Welcome, \(account.displayName).", style: Style(.title)).render(into: &buffer, area: rows.take())
        Label("Signed in as \(account.email)", style: Style(.muted)).render(into: &buffer, area: rows.take())
        rows.skip()
        Label("Multifactor authentication: \(MFASummary(account.mfa).text)").render(into: &buffer, area: rows.take())
        rows.skip()
        let hint = Paragraph("Open the Avatar Menu in the lower-left corner (F2) for Account Settings, Help and Sign out.",
                             style: Style(.muted))
        hint.render(into: &buffer, area: rows.take(hint.height(width: area.width)))
    }
}

/// The MFA state in a few words.
struct MFASummary {
    let text: String

    init(_ mfa: MFAStatus) {
        let count = mfa.methods.count
        let methods = "\(count) method\(count == 1 ? "" : "s")"
        text = switch (mfa.enabled, count) {
        case (true, 0): "enabled, no method registered (set one up)"
        case (true, _): "enabled, \(methods)"
        case (false, 0): "not set up"
        case (false, _): "not enabled, \(methods) registered"
        }
    }
}
