import AuthModel
import TerminalUI

/// Account Settings > Change password: the current password, and the new one twice.
public struct ChangePasswordScreen: Equatable, Sendable, ScreenContent {
    public enum Intent: Equatable, Sendable { case submit(current: String, newPassword: String), back }

    public let account: Account
    public var form = NewPasswordForm(proof: NewPasswordEntry.emptyField())

    public init(account: Account) {
        self.account = account
    }

    func title(_ text: Catalog) -> String { text(.changePasswordTitle) }
    var helpTopic: HelpTopic { .accountSettings }
    var isTyping: Bool { form.isTyping }
    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("Tab", text(.hintNextField)), KeyHint("Ctrl-R", text(.hintShowPassword)), KeyHint("Esc", text(.hintBack))]
    }

    /// What is wrong with the form, in words.
    public func problemText(_ text: Catalog) -> String? { form.problemText(missingProof: .currentPasswordMissing, text) }

    public mutating func handle(_ event: Event) -> Intent? {
        if event == .key(.escape) { return .back }
        return form.handle(event).map { .submit(current: $0.proof, newPassword: $0.newPassword) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        Label(text(.currentPasswordLabel)).render(into: &buffer, area: rows.take())
        PasswordField(form.proof, isFocused: form.focus.isFocused(.proof), isInvalid: form.problem == .missingProof,
                      symbols: context.symbols, id: "proof")
            .render(into: &buffer, area: rows.take())
        rows.skip()
        form.render(save: text(.buttonChangePassword), context: context, into: &buffer, rows: &rows)
        Label(text(.otherSessionsSignedOutNote), style: Style(.muted)).render(into: &buffer, area: rows.take())
    }
}
