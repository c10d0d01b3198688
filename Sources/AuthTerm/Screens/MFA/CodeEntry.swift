import TerminalUI

/// The 6-digit code that confirms a new method, and `Verify`. Enter or Verify sends it.
public struct CodeEntry: Equatable, Sendable {
    public enum Control: String, Clickable { case code, verify }

    public var code = CodeFieldState()
    public var focus = FocusRing<Control>([.code, .verify])

    public init() {}

    var isTyping: Bool { focus.focused == .code }

    /// The code to verify once Enter or Verify is pressed with all six digits.
    public mutating func handle(_ event: Event) -> String? {
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .verify && event.isActivation) {
            return code.isComplete ? code.code : nil
        }
        if focus.focused == .code { _ = code.handle(event) }
        return nil
    }

    /// After a wrong code: empty the field and put the focus back in it.
    public mutating func clear() {
        code.clear()
        focus.focus(.code)
    }

    func render(text: Catalog, into buffer: inout Buffer, rows: inout RowCursor) {
        CodeField(code, isFocused: focus.isFocused(.code), id: "code").render(into: &buffer, area: rows.take())
        rows.skip()
        Button(text(.buttonVerify), isFocused: focus.isFocused(.verify), id: "verify").render(into: &buffer, area: rows.take())
    }
}
