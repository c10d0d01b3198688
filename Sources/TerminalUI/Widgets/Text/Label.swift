/// One line of text, cut at the area's right edge.
public struct Label: View {
    public enum Alignment: Sendable { case left, center, right }

    public var text: String
    public var style: Style
    public var alignment: Alignment

    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left) {
        self.text = text
        self.style = style
        self.alignment = alignment
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let spare = max(0, area.width - DisplayWidth.of(text))
        let offset = switch alignment {
        case .left: 0
        case .center: spare / 2
        case .right: spare
        }
        buffer.write(text, x: area.x + offset, y: area.y, style: style, limit: area.maxX)
    }
}
