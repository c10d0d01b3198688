import AuthModel
import TerminalUI

/// The last step of the wizard: the method is in place; recovery codes are offered when MFA is on.
public struct EnrollmentDoneScreen: Equatable, Sendable, ScreenContent {
    public enum Choice: String, Clickable { case recoveryCodes, done }

    public let account: Account?
    public let method: MFAMethod
    public let purpose: EnrollmentPurpose
    public let mfaEnabled: Bool
    public var focus: FocusRing<Choice>

    public init(account: Account?, method: MFAMethod, purpose: EnrollmentPurpose, mfaEnabled: Bool) {
        self.account = account
        self.method = method
        self.purpose = purpose
        self.mfaEnabled = mfaEnabled
        focus = FocusRing(mfaEnabled ? [.recoveryCodes, .done] : [.done])
    }

    var title: String { "Done" }
    var helpTopic: HelpTopic { .mfa }
    var hints: [KeyHint] { [KeyHint("Tab", "next"), KeyHint("Enter", "choose")] }

    public mutating func handle(_ event: Event) -> Choice? {
        if event == .key(.escape) { return .done }
        if focus.handle(event) { return nil }
        if event == .key(.left) || event == .key(.right) { focus.next() }
        return event.isActivation ? focus.focused : nil
    }

    var summary: String {
        let registered = if case .replace(let old) = purpose {
            // Whether the old method went too is the message below: it is removed after this shows.
            "\"\(method.name)\" replaces \"\(old.name)\"."
        } else {
            "\(method.phrase) is registered."
        }
        guard mfaEnabled else { return registered }
        return registered + " Multifactor authentication is on: each sign-in asks for a code.\n\n"
            + "Recovery codes let you in when none of your methods is at hand. Generate them now and keep "
            + "them somewhere safe."
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        let text = Paragraph(summary)
        text.render(into: &buffer, area: rows.take(text.height(width: area.width)))
        rows.skip()
        let buttons = (mfaEnabled ? [("Recovery codes", Choice.recoveryCodes.rawValue)] : []) + [("Done", Choice.done.rawValue)]
        ButtonRow(buttons: buttons, focused: focus.focused.rawValue).render(into: &buffer, area: rows.take())
    }
}
