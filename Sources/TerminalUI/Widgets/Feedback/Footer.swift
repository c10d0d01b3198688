/// A key and what it does, as the footer shows it: `Tab next`.
public struct KeyHint: Equatable, Sendable {
    public var key: String
    public var action: String

    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }
}

/// The footer line of key hints: keys in the accent role, actions muted. Hints that do not fit
/// whole are left out rather than cut.
public struct Footer: View {
    public var hints: [KeyHint]

    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let row = area.row(0)
        var x = row.x
        for hint in hints {
            let width = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.action)
            if x + width > row.maxX { break }
            x += buffer.write(hint.key, x: x, y: row.y, style: Style(.accent))
            x += buffer.write(" " + hint.action, x: x, y: row.y, style: Style(.muted))
            x += 2
        }
    }
}
