import Foundation
import TerminalUI

/// Forgot password, step 2: the code from the mail and the new password, twice.
public struct ResetPasswordScreen: Equatable, Sendable, ScreenContent {
    public enum Control: Hashable, Sendable { case code, newPassword(NewPasswordEntry.Field), save }
    public enum Intent: Equatable, Sendable { case submit(code: String, newPassword: String) }
    public enum Problem: Equatable, Sendable { case missingCode, newPassword(NewPasswordEntry.Problem) }

    public let email: String
    public var code = TextFieldState(maxLength: 32)
    public var newPassword = NewPasswordEntry()
    public var focus = FocusRing<Control>([.code, .newPassword(.password), .newPassword(.confirmation), .save])
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
            if focus.focused != .save && focus.focused != .newPassword(.confirmation) {
                focus.next()
                return nil
            }
            return validated()
        }
        let edited = switch focus.focused {
        case .code: code.handle(event)
        case .newPassword(let field): newPassword.handle(event, in: field)
        case .save: false
        }
        if edited { problem = nil }
        return nil
    }

    private mutating func validated() -> Intent? {
        let code = code.text.trimmingCharacters(in: .whitespaces)
        if code.isEmpty {
            problem = .missingCode
            focus.focus(.code)
        } else if let newProblem = newPassword.problem {
            problem = .newPassword(newProblem)
            focus.focus(.newPassword(newProblem.field))
        } else {
            return .submit(code: code, newPassword: newPassword.password.text)
        }
        return nil
    }

    private var focusedField: NewPasswordEntry.Field? {
        if case .newPassword(let field) = focus.focused { field } else { nil }
    }

    private var invalidNewPassword: NewPasswordEntry.Problem? {
        if case .newPassword(let problem) = problem { problem } else { nil }
    }

    func render(into buffer: inout Buffer, area: Rect, symbols: Symbols) {
        var rows = RowCursor(area)
        let intro = Paragraph("If \(email) is registered, we sent it a code. Enter it with your new password.")
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        Label("Code from the mail").render(into: &buffer, area: rows.take())
        TextField(code, isFocused: focus.isFocused(.code), isInvalid: problem == .missingCode, id: "code")
            .render(into: &buffer, area: rows.take())
        newPassword.render(focused: focusedField, invalid: invalidNewPassword, symbols: symbols, into: &buffer, rows: &rows)
        rows.skip()
        Button("Set new password", isFocused: focus.isFocused(.save), id: "save").render(into: &buffer, area: rows.take())
    }
}
