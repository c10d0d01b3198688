import TerminalUI

/// What a screen draws with besides its own state: the symbols the terminal shows, the words of
/// the organization that runs the server, and the client's own words in the language shown.
struct ScreenContext {
    let symbols: Symbols
    let service: ServiceText
    let text: Catalog
}

/// What every screen offers the frame around it.
protocol ScreenContent {
    /// The title of the panel the screen is drawn in.
    func title(_ text: Catalog) -> String
    /// The screen's own keys for the footer (the frame adds the global ones).
    func hints(_ text: Catalog) -> [KeyHint]
    var helpTopic: HelpTopic { get }
    /// Whether typed characters go into a field now, so `?` is text and not help.
    var isTyping: Bool { get }
    /// The largest panel the screen wants; the window may give it less.
    var panelSize: Size { get }
    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext)
}

extension ScreenContent {
    var isTyping: Bool { false }
    var panelSize: Size { Self.standardPanel }

    /// The panel most screens are drawn in.
    static var standardPanel: Size { Size(width: 64, height: 18) }
}
