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

    func title(_ text: Catalog) -> String { text(.resetPasswordTitle) }
    var helpTopic: HelpTopic { .forgotPassword }
    var isTyping: Bool { form.isTyping }
    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("Tab", text(.hintNextField)), KeyHint("Ctrl-R", text(.hintShowPassword)), KeyHint("Esc", text(.hintBack))]
    }

    /// What is wrong with the form, in words.
    public func problemText(_ text: Catalog) -> String? { form.problemText(missingProof: .resetCodeMissing, text) }

    public mutating func handle(_ event: Event) -> Intent? {
        form.handle(event).map {
            .submit(code: $0.proof.trimmed, newPassword: $0.newPassword)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        let intro = Paragraph(text(.resetPasswordIntro, ["email": email]))
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        Label(text(.resetCodeLabel)).render(into: &buffer, area: rows.take())
        TextField(form.proof, isFocused: form.focus.isFocused(.proof), isInvalid: form.problem == .missingProof, id: "proof")
            .render(into: &buffer, area: rows.take())
        form.render(save: text(.buttonSetNewPassword), context: context, into: &buffer, rows: &rows)
    }
}
