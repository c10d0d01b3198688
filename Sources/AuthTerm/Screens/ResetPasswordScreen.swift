import AuthModel
import FoundationEssentials
import TerminalUI

/// Forgot password, step 2: the code from the mail and the new password, twice.
public struct ResetPasswordScreen: Equatable, Sendable, ScreenContent {
    public enum Intent: Equatable, Sendable { case submit(code: String, newPassword: String) }

    public let email: String
    public var form = NewPasswordForm(proof: TextFieldState(maxLength: 32))

    public init(email: String) {
        self.email = email
    }

    var title: String { "Reset password" }
    var helpTopic: HelpTopic { .forgotPassword }
    var isTyping: Bool { form.isTyping }
    var hints: [KeyHint] {
        [KeyHint("Tab", "next field"), KeyHint("Ctrl-R", "show password"), KeyHint("Esc", "back")]
    }

    public var problemText: String? { form.problemText(missingProof: "Enter the code from the mail.") }

    public mutating func handle(_ event: Event) -> Intent? {
        form.handle(event).map {
            .submit(code: $0.proof.trimmed, newPassword: $0.newPassword)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        let intro = Paragraph("If \(email) is registered, we sent it a code. Enter it with your new password.")
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        Label("Code from the mail").render(into: &buffer, area: rows.take())
        TextField(form.proof, isFocused: form.focus.isFocused(.proof), isInvalid: form.problem == .missingProof, id: "proof")
            .render(into: &buffer, area: rows.take())
        form.render(save: "Set new password", symbols: context.symbols, into: &buffer, rows: &rows)
    }
}
