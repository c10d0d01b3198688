import FoundationEssentials
import TerminalUI

/// Sign-in, screen 2: the password, `Forgot Password?`, `Automatically sign in next time`, `Sign in`.
public struct PasswordScreen: Equatable, Sendable, ScreenContent {
    public enum Control: String, Clickable { case password, remember, signIn, forgotPassword, changeEmail }
    public enum Intent: Equatable, Sendable {
        case submit(password: String, remember: Bool)
        case forgotPassword
        case changeEmail
    }

    public let email: String
    public let flow: String
    public var password = PasswordFieldState(TextFieldState(maxLength: 1024))
    public var remember = false
    public var focus = FocusRing<Control>([.password, .forgotPassword, .remember, .signIn, .changeEmail])

    public init(email: String, flow: String) {
        self.email = email
        self.flow = flow
    }

    func title(_ text: Catalog) -> String { text(.signInTitle) }
    var helpTopic: HelpTopic { .signIn }
    var isTyping: Bool { focus.focused == .password }
    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("Tab", text(.hintNextField)), KeyHint("Ctrl-R", text(.hintShowPassword)), KeyHint("Enter", text(.hintSignIn))]
    }

    /// After a wrong password: empty the field and put the focus back in it.
    public mutating func clearPassword() {
        password = PasswordFieldState(TextFieldState(maxLength: 1024))
        focus.focus(.password)
    }

    public mutating func handle(_ event: Event) -> Intent? {
        if focus.handle(event) { return nil }
        switch focus.focused {
        case .password:
            if event == .key(.enter) { return submit }
            _ = password.handle(event)
        case .remember:
            // Space or a click ticks the box; Enter signs in, as in a web form.
            if event == .key(.character(" ")) || event == .click(Control.remember.hitID) { remember.toggle() }
            if event == .key(.enter) { return submit }
        case .signIn:
            if event.isActivation { return submit }
        case .forgotPassword:
            if event.isActivation { return .forgotPassword }
        case .changeEmail:
            if event.isActivation { return .changeEmail }
        }
        return nil
    }

    private var submit: Intent { .submit(password: password.text, remember: remember) }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        let line = rows.take()
        let used = buffer.write(email, x: line.x, y: line.y, style: Style(.accent))
        Link(text(.changeEmailLink), isFocused: focus.isFocused(.changeEmail), id: "changeEmail")
            .render(into: &buffer, area: Rect(x: line.x + used + 2, y: line.y, width: line.width - used - 2, height: 1))
        rows.skip()
        Label(text(.passwordLabel)).render(into: &buffer, area: rows.take())
        PasswordField(password, isFocused: focus.isFocused(.password), symbols: context.symbols, id: "password")
            .render(into: &buffer, area: rows.take())
        Link(text(.forgotPasswordLink), isFocused: focus.isFocused(.forgotPassword), id: "forgotPassword")
            .render(into: &buffer, area: rows.take())
        rows.skip()
        Checkbox(text(.rememberCheckbox), isChecked: remember, isFocused: focus.isFocused(.remember), id: "remember")
            .render(into: &buffer, area: rows.take())
        rows.skip()
        Button(text(.buttonSignIn), isFocused: focus.isFocused(.signIn), id: "signIn").render(into: &buffer, area: rows.take())
    }
}
