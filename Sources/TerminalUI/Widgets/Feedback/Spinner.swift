/// A spinner with a label, "⠋ Signing in…": the app advances `tick` while it waits.
public struct Spinner: View {
    public var tick: Int
    public var label: String
    public var symbols: Symbols

    public init(tick: Int, label: String = "", symbols: Symbols = .unicode) {
        self.tick = tick
        self.label = label
        self.symbols = symbols
    }

    public var frame: String { symbols.spinner[abs(tick % symbols.spinner.count)] }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let used = buffer.write(frame, x: area.x, y: area.y, style: Style(.accent), limit: area.maxX)
        if !label.isEmpty {
            buffer.write(" " + label, x: area.x + used, y: area.y, style: Style(.muted), limit: area.maxX)
        }
    }
}
