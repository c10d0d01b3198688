import TerminalUI

/// Shown while a remembered session is resumed at start.
public struct ResumingScreen: Equatable, Sendable, ScreenContent {
    public init() {}

    func title(_ text: Catalog) -> String { text(.signInTitle) }
    var helpTopic: HelpTopic { .signIn }
    func hints(_ text: Catalog) -> [KeyHint] { [] }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        Label(context.text(.resumingText)).render(into: &buffer, area: area.row(0))
    }
}
