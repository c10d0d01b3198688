import TerminalUI

/// Forgot password, step 1: the e-mail address the reset code goes to.
public struct ForgotPasswordScreen: Equatable, Sendable, ScreenContent {
    public var entry: EmailEntry

    public init(email: String) {
        entry = EmailEntry(email)
    }

    func title(_ text: Catalog) -> String { text(.forgotPasswordTitle) }
    var helpTopic: HelpTopic { .forgotPassword }
    var isTyping: Bool { entry.isTyping }
    func hints(_ text: Catalog) -> [KeyHint] { [KeyHint("Enter", text(.hintSendCode)), KeyHint("Esc", text(.hintBack))] }

    public mutating func handle(_ event: Event) -> EmailEntry.Outcome? {
        entry.handle(event)
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        let intro = Paragraph(context.text(.forgotPasswordIntro))
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        entry.render(button: context.text(.buttonSendCode), text: context.text, into: &buffer, rows: &rows)
        rows.skip()
        let consequence = Paragraph(context.service.resetConsequence, style: Style(.muted))
        consequence.render(into: &buffer, area: rows.take(consequence.height(width: area.width)))
    }
}
