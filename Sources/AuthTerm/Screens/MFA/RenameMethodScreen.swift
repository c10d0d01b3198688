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

    func title(_ text: Catalog) -> String { text(.actionRename) }
    var helpTopic: HelpTopic { .mfa }
    var isTyping: Bool { focus.focused == .label }
    func hints(_ text: Catalog) -> [KeyHint] { [KeyHint("Enter", text(.hintSave)), KeyHint("Esc", text(.hintBack))] }

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
        let text = context.text
        var rows = RowCursor(area)
        FieldLine(method.kindName(text), method.name(text), text).render(into: &buffer, area: rows.take())
        rows.skip()
        Label(text(.newNameLabel)).render(into: &buffer, area: rows.take())
        TextField(label, isFocused: focus.isFocused(.label), id: "label").render(into: &buffer, area: rows.take())
        Label(text(.newNameHint), style: Style(.muted)).render(into: &buffer, area: rows.take())
        rows.skip()
        Button(text(.buttonSave), isFocused: focus.isFocused(.save), id: "save").render(into: &buffer, area: rows.take())
    }
}
