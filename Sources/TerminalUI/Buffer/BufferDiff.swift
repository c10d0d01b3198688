/// The cells that changed between two frames: all a backend needs to send to the terminal.
public struct CellChange: Equatable, Sendable {
    public var position: Position
    public var cell: Cell
}

extension Buffer {
    /// The cells of `self` that differ from `previous`, row by row. Continuation cells are left
    /// out (drawing a wide grapheme covers them); everything changes when the areas differ.
    public func changes(since previous: Buffer?) -> [CellChange] {
        var result: [CellChange] = []
        forEachChange(since: previous) { result.append($0) }
        return result
    }

    /// Calls `body` with each of `changes(since:)` in turn, without collecting them.
    public func forEachChange(since previous: Buffer?, _ body: (CellChange) -> Void) {
        let sameShape = previous?.area == area
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                let i = (y - area.y) * area.width + (x - area.x)
                let cell = cells[i]
                if cell.isContinuation { continue }
                if sameShape, let previous, previous.cells[i] == cell { continue }
                body(CellChange(position: Position(x: x, y: y), cell: cell))
            }
        }
    }
}
