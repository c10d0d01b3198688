/// A checkbox with its label: `[x] Automatically sign in next time`. Toggled by Enter or Space
/// (`Event.isActivation`) or a click on its hit area.
public struct Checkbox: View {
    public var label: String
    public var isChecked: Bool
    public var isFocused: Bool
    public var id: String?

    public init(_ label: String, isChecked: Bool, isFocused: Bool = false, id: String? = nil) {
        self.label = label
        self.isChecked = isChecked
        self.isFocused = isFocused
        self.id = id
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let box = buffer.write(isChecked ? "[x]" : "[ ]", x: area.x, y: area.y,
                               style: Style(isFocused ? .focus : .text), limit: area.maxX)
        let text = buffer.write(" " + label, x: area.x + box, y: area.y, style: .plain, limit: area.maxX)
        if let id { buffer.addHitArea(id, Rect(x: area.x, y: area.y, width: box + text, height: 1)) }
    }
}
