@preconcurrency import CNcursesw
import CCursesShims

/// Turns styles into ncurses attributes and color pairs, remembering each answer.
struct CursesStyles {
    var theme: Theme { didSet { cache.removeAll() } }
    let depth: ColorDepth
    /// The terminal said its background is light (it matters only without colors).
    var lightBackground = false { didSet { cache.removeAll() } }
    private var cache: [Style: (attributes: attr_t, pair: Int16)] = [:]

    init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        self.depth = depth
    }

    mutating func curses(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        if let known = cache[style] { return known }
        let resolved = theme.resolve(style, depth: depth, lightBackground: lightBackground)
        var attributes = attr_t(0)
        if resolved.attributes.contains(.bold) { attributes |= attr_t(authterm_attr_bold()) }
        if resolved.attributes.contains(.underline) { attributes |= attr_t(authterm_attr_underline()) }
        if resolved.attributes.contains(.reverse) { attributes |= attr_t(authterm_attr_reverse()) }
        if resolved.attributes.contains(.dim) { attributes |= attr_t(authterm_attr_dim()) }
        var pair: Int16 = 0
        if let foreground = resolved.foreground, let background = resolved.background {
            pair = Int16(clamping: max(0, alloc_pair(number(foreground), number(background))))
        }
        cache[style] = (attributes, pair)
        return (attributes, pair)
    }

    private func number(_ color: Color) -> Int32 {
        if case .indexed(let i) = color { return Int32(i) }
        return -1
    }
}
