/// Rows with one selected: `> ` marks it, and it is drawn in the focus role when the list has
/// the focus, the selection role otherwise. Scrolls to keep the selection in view. Each row is a
/// hit area `"<id>.<index>"`. A row's `detail` (a hotkey, a status) is right-aligned and muted.
public struct ListView: View {
    public struct Row: Equatable, Sendable {
        public var title: String
        public var detail: String

        public init(_ title: String, detail: String = "") {
            self.title = title
            self.detail = detail
        }
    }

    public var rows: [Row]
    public var state: ListState
    public var isFocused: Bool
    public var id: String?

    public init(_ rows: [Row], state: ListState, isFocused: Bool = false, id: String? = nil) {
        self.rows = rows
        self.state = state
        self.isFocused = isFocused
        self.id = id
    }

    /// The widest row, marker and detail included.
    public var naturalWidth: Int {
        rows.map { 2 + DisplayWidth.of($0.title) + ($0.detail.isEmpty ? 0 : 2 + DisplayWidth.of($0.detail)) }.max() ?? 0
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let first = max(0, state.selected - area.height + 1)
        for (line, index) in (first..<min(rows.count, first + area.height)).enumerated() {
            let row = area.row(line)
            let isSelected = index == state.selected
            let style = isSelected ? Style(isFocused ? .focus : .selection) : .plain
            if isSelected { buffer.fill(row, style: style) }
            let used = buffer.write((isSelected ? "> " : "  ") + rows[index].title, x: row.x, y: row.y, style: style)
            let detail = rows[index].detail
            let detailX = row.maxX - DisplayWidth.of(detail) - 1
            if !detail.isEmpty && detailX > row.x + used {
                buffer.write(detail, x: detailX, y: row.y, style: isSelected ? style : Style(.muted))
            }
            if let id { buffer.addHitArea("\(id).\(index)", row) }
        }
    }
}
