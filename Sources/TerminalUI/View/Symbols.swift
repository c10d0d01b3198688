/// The non-letter characters widgets draw, in a Unicode set and an ASCII set for terminals whose
/// locale is not UTF-8 (see `TerminalCapabilities.unicode`).
public struct Symbols: Sendable {
    /// Frame corners and edges: top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
    public var topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: String
    public var spinner: [String]
    /// What a hidden password character shows as.
    public var mask: Character
    public var errorIcon, warningIcon, noticeIcon, successIcon: String

    public static let unicode = Symbols(
        topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯", horizontal: "─", vertical: "│",
        spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"], mask: "•",
        errorIcon: "✗", warningIcon: "!", noticeIcon: "i", successIcon: "✓")

    public static let ascii = Symbols(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        spinner: ["|", "/", "-", "\\"], mask: "*",
        errorIcon: "x", warningIcon: "!", noticeIcon: "i", successIcon: "+")

    /// The set for a terminal.
    public static func forTerminal(unicode: Bool) -> Symbols { unicode ? .unicode : .ascii }
}
