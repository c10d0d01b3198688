import AuthModel
import FoundationEssentials
import TerminalUI

/// `Rename`: a new label for a registered method.
public struct RenameMethodScreen: Equatable, Sendable, ScreenContent {
    public enum Control: String, Clickable { case label, save }
    public enum Intent: Equatable, Sendable { case save(label: String), back }

    public let account: Account
    public let method: MFAMethod
    public var label: TextFieldState
    public var focus = FocusRing<Control>([.label, .save])

    public init(account: Account, method: MFAMethod) {
        self.account = account
        self.method = method
        label = TextFieldState(method.label, maxLength: 64)
    }

    var title: String { "Rename" }
    var helpTopic: HelpTopic { .mfa }
    var isTyping: Bool { focus.focused == .label }
    var hints: [KeyHint] { [KeyHint("Enter", "save"), KeyHint("Esc", "back")] }

    public mutating func handle(_ event: Event) -> Intent? {
        if event == .key(.escape) { return .back }
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .save && event.isActivation) {
            let name = label.text.trimmed
            return name.isEmpty ? nil : .save(label: name)
        }
        if focus.focused == .label { label.handle(event) }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        FieldLine(method.kindName, method.name).render(into: &buffer, area: rows.take())
        rows.skip()
        Label("New name").render(into: &buffer, area: rows.take())
        TextField(label, isFocused: focus.isFocused(.label), id: "label").render(into: &buffer, area: rows.take())
        Label("1 to 64 characters, e.g. the phone it is on.", style: Style(.muted)).render(into: &buffer, area: rows.take())
        rows.skip()
        Button("Save", isFocused: focus.isFocused(.save), id: "save").render(into: &buffer, area: rows.take())
    }
}
