import TerminalUI

/// Shown while a remembered session is resumed at start.
public struct ResumingScreen: Equatable, Sendable, ScreenContent {
    public init() {}

    var title: String { "Sign in" }
    var helpTopic: HelpTopic { .signIn }
    var hints: [KeyHint] { [] }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        Label("Signing you in with your remembered session.").render(into: &buffer, area: area.row(0))
    }
}
