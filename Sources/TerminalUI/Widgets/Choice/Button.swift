/// A push button, `[ Title ]`; focus shows it in the focus role. Pressed by Enter or Space
/// (`Event.isActivation`) or a click on its hit area.
public struct Button: View {
    public var title: String
    public var isFocused: Bool
    public var id: String?

    public init(_ title: String, isFocused: Bool = false, id: String? = nil) {
        self.title = title
        self.isFocused = isFocused
        self.id = id
    }

    public var label: String { "[ \(title) ]" }
    public var width: Int { DisplayWidth.of(label) }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.writeTarget(label, in: area, style: Style(isFocused ? .focus : .accent), id: id)
    }
}
