/// A frame with an optional title in its top edge; widgets go in its `inner` area.
public struct Block: View {
    public var title: String?
    public var style: Style
    public var titleStyle: Style
    public var symbols: Symbols

    public init(title: String? = nil, style: Style = Style(.border), titleStyle: Style = Style(.title),
                symbols: Symbols = .unicode) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle
        self.symbols = symbols
    }

    /// The area inside the frame.
    public static func inner(_ area: Rect) -> Rect { area.inset(horizontal: 1, vertical: 1) }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else { return }
        let s = symbols
        let edge = String(repeating: s.horizontal, count: area.width - 2)
        buffer.write(s.topLeft + edge + s.topRight, x: area.x, y: area.y, style: style)
        buffer.write(s.bottomLeft + edge + s.bottomRight, x: area.x, y: area.maxY - 1, style: style)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write(s.vertical, x: area.x, y: y, style: style)
            buffer.write(s.vertical, x: area.maxX - 1, y: y, style: style)
        }
        if let title, area.width > 4 {
            buffer.write(" \(title) ", x: area.x + 2, y: area.y, style: titleStyle, limit: area.maxX - 2)
        }
    }
}
