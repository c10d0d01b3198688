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

    func title(_ text: Catalog) -> String { text(.enrollmentDoneTitle) }
    var helpTopic: HelpTopic { .mfa }
    func hints(_ text: Catalog) -> [KeyHint] { [KeyHint("Tab", text(.hintNext)), KeyHint("Enter", text(.hintChoose))] }

    public mutating func handle(_ event: Event) -> Choice? {
        if event == .key(.escape) { return .done }
        if focus.handle(event) { return nil }
        if event == .key(.left) || event == .key(.right) { focus.next() }
        return event.isActivation ? focus.focused : nil
    }

    func summary(_ text: Catalog) -> String {
        let registered = if case .replace(let old) = purpose {
            // Whether the old method went too is the message below: it is removed after this shows.
            text(.methodReplaces, ["new": method.name(text), "old": old.name(text)])
        } else {
            text(.methodRegistered, ["method": method.phrase(text)])
        }
        guard mfaEnabled else { return registered }
        return text(.enrollmentDoneMFAOn, ["registered": registered])
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        let summary = Paragraph(summary(text))
        summary.render(into: &buffer, area: rows.take(summary.height(width: area.width)))
        rows.skip()
        let buttons = (mfaEnabled ? [(text(.recoveryCodesTitle), Choice.recoveryCodes.rawValue)] : [])
            + [(text(.buttonDone), Choice.done.rawValue)]
        ButtonRow(buttons: buttons, focused: focus.focused.rawValue).render(into: &buffer, area: rows.take())
    }
}
