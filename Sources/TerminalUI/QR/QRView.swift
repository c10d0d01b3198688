/// Draws a QR code so a phone can scan it from the terminal: black on white whatever the theme
/// (the `qr` role), quiet zone included, with a quiet zone of 4 modules when it fits, else 3 or
/// 2. When even that does not fit, it asks for a larger window instead of drawing a broken code.
public struct QRView: View {
    public enum Mode: Sendable {
        /// Half blocks (▀ ▄ █): two module rows a cell. Needs a UTF-8 locale.
        case halfBlocks
        /// Two cells a module, one row a module: a dark module is two spaces in reverse video, black
        /// where the code's colors show, and also where a terminal without colors reverses them.
        case ascii

        public static func forTerminal(unicode: Bool) -> Mode { unicode ? .halfBlocks : .ascii }
    }

    public var code: QRCode
    public var mode: Mode
    /// Dark and light swapped, quiet zone included: for a terminal that shows the code the wrong
    /// way round (one without colors, on a light background it did not report).
    public var inverted: Bool

    public init(_ code: QRCode, mode: Mode = .halfBlocks, inverted: Bool = false) {
        self.code = code
        self.mode = mode
        self.inverted = inverted
    }

    /// The cells the code takes with a quiet zone of `quietZone` modules on each side.
    public func size(quietZone: Int) -> Size {
        let modules = code.width + 2 * quietZone
        return switch mode {
        case .halfBlocks: Size(width: modules, height: (modules + 1) / 2)
        case .ascii: Size(width: 2 * modules, height: modules)
        }
    }

    /// The smallest area that shows a scannable code.
    public var minimumSize: Size { size(quietZone: 2) }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard let quietZone = [4, 3, 2].first(where: { fits(size(quietZone: $0), in: area) }) else {
            renderEnlargeMessage(into: &buffer, area: area)
            return
        }
        let codeSize = size(quietZone: quietZone)
        let frame = area.centered(width: codeSize.width, height: codeSize.height)
        let columns = -quietZone..<(code.width + quietZone)
        for row in 0..<codeSize.height {
            switch mode {
            case .halfBlocks:
                let y = 2 * row - quietZone
                let line = columns.map { x in
                    Self.halfBlock(top: code.isDark(x: x, y: y), bottom: code.isDark(x: x, y: y + 1))
                }.joined()
                buffer.write(line, x: frame.x, y: frame.y + row, style: inverted ? Style(.qr, .reverse) : Style(.qr))
            case .ascii:
                for (index, x) in columns.enumerated() {
                    let style = code.isDark(x: x, y: row - quietZone) != inverted ? Style(.qr, .reverse) : Style(.qr)
                    buffer.write("  ", x: frame.x + 2 * index, y: frame.y + row, style: style)
                }
            }
        }
    }

    private func fits(_ size: Size, in area: Rect) -> Bool {
        size.width <= area.width && size.height <= area.height
    }

    static func halfBlock(top: Bool, bottom: Bool) -> String {
        switch (top, bottom) {
        case (true, true): "█"
        case (true, false): "▀"
        case (false, true): "▄"
        case (false, false): " "
        }
    }

    /// "Enlarge the window to W x H": the whole window size at which the code would fit, found
    /// from how much the area falls short.
    private func renderEnlargeMessage(into buffer: inout Buffer, area: Rect) {
        let needed = minimumSize
        let window = Size(width: buffer.area.width + max(0, needed.width - area.width),
                          height: buffer.area.height + max(0, needed.height - area.height))
        let text = "Enlarge the window to \(window.width) x \(window.height) to show the QR code"
        let paragraph = Paragraph(text, style: Style(.warning))
        let height = paragraph.height(width: area.width)
        paragraph.render(into: &buffer, area: area.centered(width: area.width, height: height))
    }
}
