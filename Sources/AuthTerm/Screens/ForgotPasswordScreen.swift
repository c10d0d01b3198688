import TerminalUI

/// Forgot password, step 1: the e-mail address the reset code goes to.
public struct ForgotPasswordScreen: Equatable, Sendable, ScreenContent {
    public var entry: EmailEntry

    public init(email: String) {
        entry = EmailEntry(email)
    }

    var title: String { "Forgot password" }
    var helpTopic: HelpTopic { .forgotPassword }
    var isTyping: Bool { entry.isTyping }
    var hints: [KeyHint] { [KeyHint("Enter", "send code"), KeyHint("Esc", "back")] }

    public mutating func handle(_ event: Event) -> EmailEntry.Outcome? {
        entry.handle(event)
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        let intro = Paragraph("Enter the e-mail address of your account. We will send a code to reset the password.")
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        entry.render(button: "Send code", into: &buffer, rows: &rows)
        rows.skip()
        let consequence = Paragraph(context.service.resetConsequence, style: Style(.muted))
        consequence.render(into: &buffer, area: rows.take(consequence.height(width: area.width)))
    }
}
