import TerminalUI

/// Hands out the rows of an area from the top down: screens lay out their controls with it.
struct RowCursor {
    let area: Rect
    private(set) var y: Int

    init(_ area: Rect) {
        self.area = area
        y = area.y
    }

    /// The next `height` rows (clipped to the area), then moves below them.
    mutating func take(_ height: Int = 1) -> Rect {
        let rect = Rect(x: area.x, y: y, width: area.width, height: min(height, area.maxY - y))
        y += height
        return rect
    }

    mutating func skip(_ rows: Int = 1) {
        y += rows
    }
}
