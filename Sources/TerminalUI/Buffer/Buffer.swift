/// A grid of styled cells covering `area`: what widgets draw into and what a `Terminal` shows.
/// Writes outside the area are dropped, and a wide grapheme is never cut in half.
public struct Buffer: Equatable, Sendable {
    public let area: Rect
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes after drawing (a focused text field sets it); nil hides it.
    public var cursor: Position?
    /// Clickable regions, in drawing order (later ones are on top).
    public private(set) var hitAreas: [HitArea] = []

    public init(area: Rect, filling cell: Cell = .blank) {
        self.area = area
        self.cells = Array(repeating: cell, count: area.width * area.height)
    }

    public init(size: Size, filling cell: Cell = .blank) {
        self.init(area: Rect(size: size), filling: cell)
    }

    private func index(_ x: Int, _ y: Int) -> Int? {
        area.contains(x: x, y: y) ? (y - area.y) * area.width + (x - area.x) : nil
    }

    /// The cell at a position; a blank one outside the area.
    public subscript(x: Int, y: Int) -> Cell {
        get { index(x, y).map { cells[$0] } ?? .blank }
        set { set(newValue, x: x, y: y) }
    }

    /// Puts one cell, repairing any wide grapheme it half overwrites.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard let i = index(x, y) else { return }
        let old = cells[i]
        if old.isContinuation, let left = index(x - 1, y) {
            cells[left] = Cell(" ", style: cells[left].style)
        }
        if old.width == 2, cell.width != 2, let right = index(x + 1, y) {
            cells[right] = Cell(" ", style: cells[right].style)
        }
        cells[i] = cell
    }

    /// Writes `text` on row `y` from column `x`, stopping before column `limit` (default: the
    /// area's right edge). A wide grapheme that would cross the limit becomes a space.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? area.maxX, area.maxX)
        var column = x
        for grapheme in text {
            guard let width = DisplayWidth.of(grapheme) else { continue }
            if width == 0 {
                attachMark(grapheme, beforeColumn: column, y: y)
                continue
            }
            if column + width > end {
                if column < end {
                    set(Cell(" ", style: style), x: column, y: y)
                    column += 1
                }
                break
            }
            if column >= area.x {
                set(Cell(String(grapheme), width: width, style: style), x: column, y: y)
                if width == 2 { set(.continuation(style), x: column + 1, y: y) }
            }
            column += width
        }
        return column - x
    }

    /// A combining mark on its own joins the grapheme drawn just before it.
    private mutating func attachMark(_ mark: Character, beforeColumn column: Int, y: Int) {
        var x = column - 1
        while let i = index(x, y), cells[i].isContinuation { x -= 1 }
        guard let i = index(x, y) else { return }
        cells[i].symbol.append(mark)
    }

    /// Fills a rectangle (clipped to the area) with a symbol in a style.
    public mutating func fill(_ rect: Rect, symbol: String = " ", style: Style) {
        let r = rect.intersection(area)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { set(Cell(symbol, style: style), x: x, y: y) }
        }
    }

    /// Changes the style of the cells in a rectangle, keeping their text.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(area)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[index(x, y)!].style = style }
        }
    }

    /// Writes one line of text at the top-left of `area` and, when `id` is given, makes what was
    /// written the click target `id` (buttons, links). Returns the columns written.
    @discardableResult
    public mutating func writeTarget(_ text: String, in area: Rect, style: Style, id: String?) -> Int {
        guard !area.isEmpty else { return 0 }
        let used = write(text, x: area.x, y: area.y, style: style, limit: area.maxX)
        if let id { addHitArea(id, Rect(x: area.x, y: area.y, width: used, height: 1)) }
        return used
    }

    /// Marks `rect` as the click target `id`.
    public mutating func addHitArea(_ id: String, _ rect: Rect) {
        let r = rect.intersection(area)
        if !r.isEmpty { hitAreas.append(HitArea(id: id, rect: r)) }
    }

    /// The id of the topmost hit area under a position.
    public func hitTarget(at position: Position) -> String? {
        hitAreas.last { $0.rect.contains(x: position.x, y: position.y) }?.id
    }

    /// The text of row `y`, trailing spaces removed: what a person would read there.
    public func text(row y: Int) -> String {
        var line = ""
        for x in area.x..<area.maxX where !self[x, y].isContinuation { line += self[x, y].symbol }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The text of every row, trailing spaces removed.
    public var textLines: [String] { (area.y..<area.maxY).map { text(row: $0) } }
}

/// A clickable region of the screen, named by the widget that drew it.
public struct HitArea: Equatable, Sendable {
    public var id: String
    public var rect: Rect
}
