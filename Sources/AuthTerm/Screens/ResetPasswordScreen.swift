import Foundation
import TerminalUI

/// Forgot password, step 2: the code from the mail and the new password, twice.
public struct ResetPasswordScreen: Equatable, Sendable, ScreenContent {
    public enum Control: Hashable, Sendable { case code, password, confirmation, save }
    public enum Intent: Equatable, Sendable { case submit(code: String, newPassword: String) }
    public enum Problem: Equatable, Sendable { case missingCode, newPassword(NewPasswordCheck.Problem) }

    public let email: String
    public var code = TextFieldState(maxLength: 32)
    public var password = NewPasswordCheck.field()
    public var confirmation = NewPasswordCheck.field()
    public var focus = FocusRing<Control>([.code, .password, .confirmation, .save])
    public var problem: Problem?

    public init(email: String) {
        self.email = email
    }

    var title: String { "Reset password" }
    var helpTopic: HelpTopic { .forgotPassword }
    var isTyping: Bool { focus.focused != .save }
    var hints: [KeyHint] {
        [KeyHint("Tab", "next field"), KeyHint("Ctrl-R", "show password"), KeyHint("Esc", "back")]
    }

    /// What is wrong with the form, in words, before anything is sent.
    public var problemText: String? {
        switch problem {
        case .missingCode: "Enter the code from the mail."
        case .newPassword(let problem): problem.text
        case nil: nil
        }
    }

    public mutating func handle(_ event: Event) -> Intent? {
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .save && event.isActivation) {
            if focus.focused != .save && focus.focused != .confirmation {
                focus.next()
                return nil
            }
            return validated()
        }
        let edited: Bool
        switch focus.focused {
        case .code: edited = code.handle(event)
        case .password: edited = password.handle(event)
        case .confirmation: edited = confirmation.handle(event)
        case .save: edited = false
        }
        if edited { problem = nil }
        return nil
    }

    private mutating func validated() -> Intent? {
        let code = code.text.trimmingCharacters(in: .whitespaces)
        if code.isEmpty {
            problem = .missingCode
            focus.focus(.code)
        } else if let newPassword = NewPasswordCheck.problem(password.text, confirmation: confirmation.text) {
            problem = .newPassword(newPassword)
            focus.focus(newPassword == .tooShort ? .password : .confirmation)
        } else {
            return .submit(code: code, newPassword: password.text)
        }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, symbols: Symbols) {
        var rows = RowCursor(area)
        let intro = Paragraph("If \(email) is registered, we sent it a code. Enter it with your new password.")
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        Label("Code from the mail").render(into: &buffer, area: rows.take())
        TextField(code, isFocused: focus.isFocused(.code), isInvalid: problem == .missingCode, id: "code")
            .render(into: &buffer, area: rows.take())
        Label("New password").render(into: &buffer, area: rows.take())
        PasswordField(password, isFocused: focus.isFocused(.password), isInvalid: problem == .newPassword(.tooShort),
                      symbols: symbols, id: "password")
            .render(into: &buffer, area: rows.take())
        Label(NewPasswordCheck.policy, style: Style(.muted))
            .render(into: &buffer, area: rows.take())
        Label("New password again").render(into: &buffer, area: rows.take())
        PasswordField(confirmation, isFocused: focus.isFocused(.confirmation), isInvalid: problem == .newPassword(.mismatch),
                      symbols: symbols, id: "confirmation")
            .render(into: &buffer, area: rows.take())
        rows.skip()
        Button("Set new password", isFocused: focus.isFocused(.save), id: "save").render(into: &buffer, area: rows.take())
    }
}
