/// A link to another screen, such as "Forgot Password?": underlined; followed by Enter or a click.
public struct Link: View {
    public var title: String
    public var isFocused: Bool
    public var id: String?

    public init(_ title: String, isFocused: Bool = false, id: String? = nil) {
        self.title = title
        self.isFocused = isFocused
        self.id = id
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.writeTarget(title, in: area, style: isFocused ? Style(.focus, .underline) : Style(.link), id: id)
    }
}
