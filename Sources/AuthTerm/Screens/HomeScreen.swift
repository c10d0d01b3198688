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
    var nudge: TextKey? {
        switch (account.mfa.enabled, account.mfa.methods.isEmpty) {
        case (true, _): nil
        case (false, true): .homeNudgeNoMethod
        case (false, false): .homeNudgeNotEnabled
        }
    }

    func title(_ text: Catalog) -> String { text(.homeTitle) }
    var helpTopic: HelpTopic { .home }
    func hints(_ text: Catalog) -> [KeyHint] {
        (nudge == nil ? [] : [KeyHint("Enter", text(.hintSetUpMFA))]) + [KeyHint("F2", text(.hintAvatarMenu))]
    }

    public func handle(_ event: Event) -> Intent? {
        nudge != nil && event.activates(Self.setupID) ? .openMFA : nil
    }

    static let setupID = "setUpMFA"

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        Label(text(.homeWelcome, ["name": account.displayName]), style: Style(.title)).render(into: &buffer, area: rows.take())
        Label(text(.homeSignedInAs, ["email": account.email]), style: Style(.muted)).render(into: &buffer, area: rows.take())
        rows.skip()
        Label(text(.homeMFAStatus, ["summary": MFASummary(account.mfa, text).text])).render(into: &buffer, area: rows.take())
        rows.skip()
        if let nudge {
            let paragraph = Paragraph(text(nudge), style: Style(.warning))
            paragraph.render(into: &buffer, area: rows.take(paragraph.height(width: area.width)))
            Button(text(.buttonSetUpMFA), isFocused: true, id: Self.setupID).render(into: &buffer, area: rows.take())
            rows.skip()
        }
        let hint = Paragraph(text(.homeAvatarHint), style: Style(.muted))
        hint.render(into: &buffer, area: rows.take(hint.height(width: area.width)))
    }
}

/// The MFA state in a few words.
struct MFASummary {
    let text: String

    init(_ mfa: MFAStatus, _ catalog: Catalog) {
        let count = mfa.methods.count
        let methods = catalog(count == 1 ? .methodCountOne : .methodCountOther, ["count": "\(count)"])
        text = switch (mfa.enabled, count) {
        case (true, 0): catalog(.mfaSummaryEnabledNoMethod)
        case (true, _): catalog(.mfaSummaryEnabled, ["methods": methods])
        case (false, 0): catalog(.mfaSummaryNotSetUp)
        case (false, _): catalog(.mfaSummaryNotEnabled, ["methods": methods])
        }
    }
}
