/// Text wrapped to the area's width; lines past the area's height are cut. A line break in the
/// text starts a new line. See `LineBreaking` for where lines may break.
public struct Paragraph: View {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        for (row, line) in Paragraph.wrap(text, width: area.width).prefix(area.height).enumerated() {
            buffer.write(line, x: area.x, y: area.y + row, style: style, limit: area.maxX)
        }
    }

    /// How many rows the text takes at `width`.
    public func height(width: Int) -> Int { Paragraph.wrap(text, width: width).count }

    /// The lines of `text` at `width` columns: pieces that may not be broken are kept whole unless
    /// longer than a line, and then cut between graphemes.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrapLine($0, width: width) }
    }

    private static func wrapLine(_ line: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for piece in LineBreaking.pieces(of: line) {
            var text = piece.text
            var pieceWidth = DisplayWidth.of(text)
            let gap = piece.afterSpace ? 1 : 0
            if currentWidth > 0 && currentWidth + gap + pieceWidth <= width {
                current += (piece.afterSpace ? " " : "") + text
                currentWidth += gap + pieceWidth
                continue
            }
            if currentWidth > 0 { lines.append(current) }
            while pieceWidth > width {
                let (head, headWidth) = prefix(of: text, fitting: width)
                lines.append(String(head))
                text = text[head.endIndex...]
                pieceWidth -= headWidth
            }
            (current, currentWidth) = (String(text), pieceWidth)
        }
        lines.append(current)
        return lines
    }

    /// The longest prefix of `text` that fits in `width` columns (at least one grapheme).
    private static func prefix(of text: Substring, fitting width: Int) -> (Substring, Int) {
        var used = 0
        var end = text.startIndex
        while end < text.endIndex {
            let w = DisplayWidth.of(text[end]) ?? 0
            if used + w > width && used > 0 { break }
            used += w
            end = text.index(after: end)
        }
        return (text[..<end], used)
    }
}
