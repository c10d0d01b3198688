import AuthModel
import TerminalUI

/// Account Settings > Change password: the current password, and the new one twice.
public struct ChangePasswordScreen: Equatable, Sendable, ScreenContent {
    public enum Control: Hashable, Sendable { case current, newPassword(NewPasswordEntry.Field), save }
    public enum Intent: Equatable, Sendable { case submit(current: String, newPassword: String), back }
    public enum Problem: Equatable, Sendable { case missingCurrent, newPassword(NewPasswordEntry.Problem) }

    public let account: Account
    public var current = NewPasswordEntry.emptyField()
    public var newPassword = NewPasswordEntry()
    public var focus = FocusRing<Control>([.current, .newPassword(.password), .newPassword(.confirmation), .save])
    public var problem: Problem?

    public init(account: Account) {
        self.account = account
    }

    var title: String { "Change password" }
    var helpTopic: HelpTopic { .accountSettings }
    var isTyping: Bool { focus.focused != .save }
    var hints: [KeyHint] {
        [KeyHint("Tab", "next field"), KeyHint("Ctrl-R", "show password"), KeyHint("Esc", "back")]
    }

    public var problemText: String? {
        switch problem {
        case .missingCurrent: "Enter your current password."
        case .newPassword(let problem): problem.text
        case nil: nil
        }
    }

    public mutating func handle(_ event: Event) -> Intent? {
        if event == .key(.escape) { return .back }
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .save && event.isActivation) {
            if focus.focused == .current || focus.focused == .newPassword(.password) {
                focus.next()
                return nil
            }
            return validated()
        }
        let edited = switch focus.focused {
        case .current: current.handle(event)
        case .newPassword(let field): newPassword.handle(event, in: field)
        case .save: false
        }
        if edited { problem = nil }
        return nil
    }

    private mutating func validated() -> Intent? {
        if current.text.isEmpty {
            problem = .missingCurrent
            focus.focus(.current)
        } else if let newProblem = newPassword.problem {
            problem = .newPassword(newProblem)
            focus.focus(.newPassword(newProblem.field))
        } else {
            return .submit(current: current.text, newPassword: newPassword.password.text)
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
        Label("Current password").render(into: &buffer, area: rows.take())
        PasswordField(current, isFocused: focus.isFocused(.current), isInvalid: problem == .missingCurrent,
                      symbols: symbols, id: "current")
            .render(into: &buffer, area: rows.take())
        rows.skip()
        newPassword.render(focused: focusedField, invalid: invalidNewPassword, symbols: symbols, into: &buffer, rows: &rows)
        rows.skip()
        Button("Change password", isFocused: focus.isFocused(.save), id: "save").render(into: &buffer, area: rows.take())
        Label("Your other sessions are signed out.", style: Style(.muted)).render(into: &buffer, area: rows.take())
    }
}
