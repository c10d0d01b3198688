import TerminalUI

/// What every screen offers the frame around it.
protocol ScreenContent {
    /// The title of the panel the screen is drawn in.
    var title: String { get }
    /// The screen's own keys for the footer (the frame adds the global ones).
    var hints: [KeyHint] { get }
    var helpTopic: HelpTopic { get }
    /// Whether typed characters go into a field now, so `?` is text and not help.
    var isTyping: Bool { get }
    func render(into buffer: inout Buffer, area: Rect, symbols: Symbols)
}

extension ScreenContent {
    var isTyping: Bool { false }
}
