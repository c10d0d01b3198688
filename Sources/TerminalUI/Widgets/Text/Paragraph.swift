/// Text wrapped at word boundaries to the area's width; lines past the area's height are cut.
/// A line break in the text starts a new line.
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

    /// The lines of `text` at `width` columns: words are kept whole unless longer than a line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrapLine($0, width: width) }
    }

    private static func wrapLine(_ line: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in line.split(separator: " ") {
            var word = Substring(word)
            var wordWidth = DisplayWidth.of(word)
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 { lines.append(current) }
            while wordWidth > width {
                let (head, headWidth) = prefix(of: word, fitting: width)
                lines.append(String(head))
                word = word[head.endIndex...]
                wordWidth -= headWidth
            }
            (current, currentWidth) = (String(word), wordWidth)
        }
        lines.append(current)
        return lines
    }

    /// The longest prefix of `word` that fits in `width` columns (at least one grapheme).
    private static func prefix(of word: Substring, fitting width: Int) -> (Substring, Int) {
        var used = 0
        var end = word.startIndex
        while end < word.endIndex {
            let w = DisplayWidth.of(word[end]) ?? 0
            if used + w > width && used > 0 { break }
            used += w
            end = word.index(after: end)
        }
        return (word[..<end], used)
    }
}
