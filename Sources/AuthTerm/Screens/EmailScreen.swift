import TerminalUI

/// Sign-in, screen 1: the e-mail address and `Next`.
public struct EmailScreen: Equatable, Sendable, ScreenContent {
    public var entry: EmailEntry

    public init(email: String = "") {
        entry = EmailEntry(email)
    }

    func title(_ text: Catalog) -> String { text(.signInTitle) }
    var helpTopic: HelpTopic { .signIn }
    var isTyping: Bool { entry.isTyping }
    func hints(_ text: Catalog) -> [KeyHint] { [KeyHint("Tab", text(.hintNextField)), KeyHint("Enter", text(.hintNext))] }

    public mutating func handle(_ event: Event) -> EmailEntry.Outcome? {
        entry.handle(event)
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        entry.render(button: context.text(.buttonNext), placeholder: "name@example.com", text: context.text,
                     into: &buffer, rows: &rows)
    }
}
