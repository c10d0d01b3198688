/// A one-line input field. It scrolls sideways to keep the cursor in view and, when focused,
/// puts the terminal cursor there. A `mask` hides the characters (password fields).
public struct TextField: View {
    public var state: TextFieldState
    public var isFocused: Bool
    public var isInvalid: Bool
    public var placeholder: String
    public var mask: Character?
    public var id: String?

    public init(_ state: TextFieldState, isFocused: Bool = false, isInvalid: Bool = false,
                placeholder: String = "", mask: Character? = nil, id: String? = nil) {
        self.state = state
        self.isFocused = isFocused
        self.isInvalid = isInvalid
        self.placeholder = placeholder
        self.mask = mask
        self.id = id
    }

    /// The role the field is drawn in: an invalid field shows as an error, even when focused.
    public var role: Role { isInvalid ? .error : isFocused ? .focus : .input }

    public func render(into buffer: inout Buffer, area: Rect) {
        let field = area.row(0)
        guard !field.isEmpty else { return }
        let style = Style(role)
        buffer.fill(field, style: style)
        if let id { buffer.addHitArea(id, field) }
        if state.characters.isEmpty && !isFocused {
            buffer.write(placeholder, x: field.x, y: field.y, style: Style(.muted), limit: field.maxX)
        }
        let shown = mask.map { Array(repeating: $0, count: state.characters.count) } ?? state.characters
        let first = TextField.firstVisible(shown, cursor: state.cursor, width: field.width)
        let beforeCursor = buffer.write(String(shown[first..<state.cursor]), x: field.x, y: field.y, style: style)
        buffer.write(String(shown[state.cursor...]), x: field.x + beforeCursor, y: field.y, style: style, limit: field.maxX)
        if isFocused {
            buffer.cursor = Position(x: min(field.x + beforeCursor, field.maxX - 1), y: field.y)
        }
    }

    /// The first character shown: the least scrolling that keeps the cursor inside `width`.
    static func firstVisible(_ shown: [Character], cursor: Int, width: Int) -> Int {
        var first = 0
        var used = shown[..<cursor].reduce(0) { $0 + (DisplayWidth.of($1) ?? 0) }
        while used > width - 1 && first < cursor {
            used -= DisplayWidth.of(shown[first]) ?? 0
            first += 1
        }
        return first
    }
}
