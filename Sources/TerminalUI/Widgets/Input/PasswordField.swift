/// A password being typed: a text field whose characters are hidden until revealed.
public struct PasswordFieldState: Equatable, Sendable {
    public var field: TextFieldState
    public var isRevealed = false

    /// The key that shows or hides the password (name it in the footer).
    public static let revealKey = Key.ctrl("r")

    public init(_ field: TextFieldState = TextFieldState()) {
        self.field = field
    }

    public var text: String { field.text }

    /// Edits like a text field; `revealKey` toggles showing the characters.
    @discardableResult
    public mutating func handle(_ event: Event) -> Bool {
        if event == .key(Self.revealKey) {
            isRevealed.toggle()
            return true
        }
        return field.handle(event)
    }
}

/// A password field: masked characters unless revealed.
public struct PasswordField: View {
    public var state: PasswordFieldState
    public var isFocused: Bool
    public var isInvalid: Bool
    public var symbols: Symbols
    public var id: String?

    public init(_ state: PasswordFieldState, isFocused: Bool = false, isInvalid: Bool = false,
                symbols: Symbols = .unicode, id: String? = nil) {
        self.state = state
        self.isFocused = isFocused
        self.isInvalid = isInvalid
        self.symbols = symbols
        self.id = id
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        TextField(state.field, isFocused: isFocused, isInvalid: isInvalid,
                  mask: state.isRevealed ? nil : symbols.mask, id: id)
            .render(into: &buffer, area: area)
    }
}
