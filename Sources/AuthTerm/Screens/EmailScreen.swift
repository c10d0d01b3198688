import TerminalUI

/// Sign-in, screen 1: the e-mail address and `Next`.
public struct EmailScreen: Equatable, Sendable, ScreenContent {
    public var entry: EmailEntry

    public init(email: String = "") {
        entry = EmailEntry(email)
    }

    var title: String { "Sign in" }
    var helpTopic: HelpTopic { .signIn }
    var isTyping: Bool { entry.isTyping }
    var hints: [KeyHint] { [KeyHint("Tab", "next field"), KeyHint("Enter", "next")] }

    public mutating func handle(_ event: Event) -> EmailEntry.Outcome? {
        entry.handle(event)
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        entry.render(button: "Next", placeholder: "name@example.com", into: &buffer, rows: &rows)
    }
}
