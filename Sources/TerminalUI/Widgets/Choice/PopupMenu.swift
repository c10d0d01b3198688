/// A framed menu drawn over the screen, anchored to a corner of an area (the avatar menu sits in
/// the lower-left corner above the footer). Rows are hit areas `"<id>.<index>"` (the menu's id);
/// the frame is the hit area `"<id>"`, so a click on it is not taken for one on what lies beneath.
public struct PopupMenu<Value: Hashable & Sendable>: View {
    public enum Corner: Sendable { case topLeft, topRight, bottomLeft, bottomRight }

    public var state: MenuState<Value>
    public var corner: Corner
    public var title: String?
    public var symbols: Symbols

    public init(_ state: MenuState<Value>, corner: Corner, title: String? = nil, symbols: Symbols = .unicode) {
        self.state = state
        self.corner = corner
        self.title = title
        self.symbols = symbols
    }

    /// Where the menu goes inside `area`: its natural size, against `corner`.
    public func frame(in area: Rect) -> Rect {
        let titleWidth = title.map { DisplayWidth.of($0) + 4 } ?? 0
        let width = min(area.width, max(list.naturalWidth + 1, titleWidth) + 2)
        let height = min(area.height, state.items.count + 2)
        let left = corner == .topLeft || corner == .bottomLeft ? area.x : area.maxX - width
        let top = corner == .topLeft || corner == .topRight ? area.y : area.maxY - height
        return Rect(x: left, y: top, width: width, height: height)
    }

    private var list: ListView { ListView(state.rows, state: state.list, isFocused: true, id: state.id) }

    /// Draws the menu at `frame(in: area)`, over whatever is there.
    public func render(into buffer: inout Buffer, area: Rect) {
        let frame = frame(in: area)
        buffer.fill(frame, style: Style(.background))
        Block(title: title, symbols: symbols).render(into: &buffer, area: frame)
        buffer.addHitArea(state.id, frame)
        list.render(into: &buffer, area: Block.inner(frame))
    }
}
