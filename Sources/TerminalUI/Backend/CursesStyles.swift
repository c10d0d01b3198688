@preconcurrency import CNcursesw
import CCursesShims

/// Turns styles into ncurses attributes and color pairs, remembering each answer.
struct CursesStyles {
    var theme: Theme { didSet { forget() } }
    let depth: ColorDepth
    /// The terminal said its background is light (it matters only without colors).
    var lightBackground = false { didSet { forget() } }
    /// The styles met so far with their answers (a screen has a handful).
    private var known: [(style: Style, curses: (attributes: attr_t, pair: Int16))] = []
    /// Where in `known` the last style asked for is.
    private var last = 0

    init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        self.depth = depth
    }

    mutating func curses(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        // Neighbouring cells mostly share a style.
        if known.indices.contains(last), known[last].style == style { return known[last].curses }
        if let index = known.firstIndex(where: { $0.style == style }) {
            last = index
        } else {
            known.append((style, resolved(style)))
            last = known.count - 1
        }
        return known[last].curses
    }

    private func resolved(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        let resolved = theme.resolve(style, depth: depth, lightBackground: lightBackground)
        var attributes = attr_t(0)
        if resolved.attributes.contains(.bold) { attributes |= attr_t(authterm_attr_bold()) }
        if resolved.attributes.contains(.underline) { attributes |= attr_t(authterm_attr_underline()) }
        if resolved.attributes.contains(.reverse) { attributes |= attr_t(authterm_attr_reverse()) }
        if resolved.attributes.contains(.dim) { attributes |= attr_t(authterm_attr_dim()) }
        // Pair 0 is the terminal's own colors (`use_default_colors`), those of an erased screen.
        var pair: Int16 = 0
        if let foreground = resolved.foreground, let background = resolved.background,
           foreground != .terminalDefault || background != .terminalDefault {
            pair = Int16(clamping: max(0, alloc_pair(number(foreground), number(background))))
        }
        return (attributes, pair)
    }

    /// Whether `cell` looks like a cell of an erased screen: a space in the terminal's own colors.
    mutating func isErased(_ cell: Cell) -> Bool {
        cell.symbol == " " && curses(cell.style) == (0, 0)
    }

    private mutating func forget() {
        known.removeAll()
    }

    private func number(_ color: Color) -> Int32 {
        if case .indexed(let i) = color { return Int32(i) }
        return -1
    }
}
