/// A terminal color as a theme names it.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// An xterm palette index: 0-7 normal, 8-15 bright, 16-231 a 6x6x6 cube, 232-255 grays.
    case indexed(UInt8)
    /// A 24-bit color, shown as the nearest palette color the terminal has.
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.indexed(0)
    public static let white = Color.indexed(15)

    /// The names of the 16 base colors, by palette index.
    static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Reads `default`, a color name (`gray` is `bright-black`), `0`-`255` or `#rrggbb`.
    public init?(parsing text: String) {
        let word = text.lowercased()
        if word == "default" {
            self = .terminalDefault
        } else if let index = Color.names.firstIndex(of: word == "gray" || word == "grey" ? "bright-black" : word) {
            self = .indexed(UInt8(index))
        } else if let index = UInt8(word) {
            self = .indexed(index)
        } else if word.hasPrefix("#"), word.count == 7, let value = UInt32(word.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }
}
