import AuthModel
import TerminalUI

/// The signed-in main screen. The avatar sits in the lower-left corner (drawn by the frame).
/// While MFA is not on, it says so and offers the way there.
public struct HomeScreen: Equatable, Sendable, ScreenContent {
    public enum Intent: Equatable, Sendable { case openMFA }

    public let account: Account

    public init(account: Account) {
        self.account = account
    }

    /// The nudge towards MFA, while it is not enabled.
    var nudge: String? {
        switch (account.mfa.enabled, account.mfa.methods.isEmpty) {
        case (true, _): nil
        case (false, true):
            "Your account is protected by its password alone. Set up multifactor authentication: an "
                + "authenticator app or a phone number."
        case (false, false): "Your methods are registered, but MFA is not enabled yet."
        }
    }

    var title: String { "Home" }
    var helpTopic: HelpTopic { .home }
    var hints: [KeyHint] {
        (nudge == nil ? [] : [KeyHint("Enter", "set up MFA")]) + [KeyHint("F2", "avatar menu")]
    }

    public func handle(_ event: Event) -> Intent? {
        nudge != nil && event.activates(Self.setupID) ? .openMFA : nil
    }

    static let setupID = "setUpMFA"

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        Label("Welcome, \(account.displayName).", style: Style(.title)).render(into: &buffer, area: rows.take())
        Label("Signed in as \(account.email)", style: Style(.muted)).render(into: &buffer, area: rows.take())
        rows.skip()
        Label("Multifactor authentication: \(MFASummary(account.mfa).text)").render(into: &buffer, area: rows.take())
        rows.skip()
        if let nudge {
            let text = Paragraph(nudge, style: Style(.warning))
            text.render(into: &buffer, area: rows.take(text.height(width: area.width)))
            Button("Set up MFA", isFocused: true, id: Self.setupID).render(into: &buffer, area: rows.take())
            rows.skip()
        }
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
