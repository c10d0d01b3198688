import AuthModel
import TerminalUI

/// Account Settings > Change password: the current password, and the new one twice.
public struct ChangePasswordScreen: Equatable, Sendable, ScreenContent {
    public enum Control: Hashable, Sendable { case current, password, confirmation, save }
    public enum Intent: Equatable, Sendable { case submit(current: String, newPassword: String), back }
    public enum Problem: Equatable, Sendable { case missingCurrent, newPassword(NewPasswordCheck.Problem) }

    public let account: Account
    public var current = NewPasswordCheck.field()
    public var password = NewPasswordCheck.field()
    public var confirmation = NewPasswordCheck.field()
    public var focus = FocusRing<Control>([.current, .password, .confirmation, .save])
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
            if focus.focused == .current || focus.focused == .password {
                focus.next()
                return nil
            }
            return validated()
        }
        let edited = switch focus.focused {
        case .current: current.handle(event)
        case .password: password.handle(event)
        case .confirmation: confirmation.handle(event)
        case .save: false
        }
        if edited { problem = nil }
        return nil
    }

    private mutating func validated() -> Intent? {
        if current.text.isEmpty {
            problem = .missingCurrent
            focus.focus(.current)
        } else if let newPassword = NewPasswordCheck.problem(password.text, confirmation: confirmation.text) {
            problem = .newPassword(newPassword)
            focus.focus(newPassword == .tooShort ? .password : .confirmation)
        } else {
            return .submit(current: current.text, newPassword: password.text)
        }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, symbols: Symbols) {
        var rows = RowCursor(area)
        Label("Current password").render(into: &buffer, area: rows.take())
        PasswordField(current, isFocused: focus.isFocused(.current), isInvalid: problem == .missingCurrent,
                      symbols: symbols, id: "current")
            .render(into: &buffer, area: rows.take())
        rows.skip()
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
        Button("Change password", isFocused: focus.isFocused(.save), id: "save").render(into: &buffer, area: rows.take())
        Label("Your other sessions are signed out.", style: Style(.muted)).render(into: &buffer, area: rows.take())
    }
}
