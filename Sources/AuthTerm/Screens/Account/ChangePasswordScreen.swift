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

    var title: String { "Change password" }
    var helpTopic: HelpTopic { .accountSettings }
    var isTyping: Bool { form.isTyping }
    var hints: [KeyHint] {
        [KeyHint("Tab", "next field"), KeyHint("Ctrl-R", "show password"), KeyHint("Esc", "back")]
    }

    public var problemText: String? { form.problemText(missingProof: "Enter your current password.") }

    public mutating func handle(_ event: Event) -> Intent? {
        if event == .key(.escape) { return .back }
        return form.handle(event).map { .submit(current: $0.proof, newPassword: $0.newPassword) }
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        Label("Current password").render(into: &buffer, area: rows.take())
        PasswordField(form.proof, isFocused: form.focus.isFocused(.proof), isInvalid: form.problem == .missingProof,
                      symbols: context.symbols, id: "proof")
            .render(into: &buffer, area: rows.take())
        rows.skip()
        form.render(save: "Change password", symbols: context.symbols, into: &buffer, rows: &rows)
        Label("Your other sessions are signed out.", style: Style(.muted)).render(into: &buffer, area: rows.take())
    }
}
