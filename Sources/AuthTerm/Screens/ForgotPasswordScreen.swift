import Foundation
import TerminalUI

/// Forgot password, step 1: the e-mail address the reset code goes to.
public struct ForgotPasswordScreen: Equatable, Sendable, ScreenContent {
    public enum Control: Hashable, Sendable { case email, send }
    public enum Intent: Equatable, Sendable { case submit(email: String) }

    public var email: TextFieldState
    public var focus = FocusRing<Control>([.email, .send])
    public var isInvalid = false

    public init(email: String) {
        self.email = TextFieldState(email, maxLength: 254)
    }

    var title: String { "Forgot password" }
    var helpTopic: HelpTopic { .forgotPassword }
    var isTyping: Bool { focus.focused == .email }
    var hints: [KeyHint] { [KeyHint("Enter", "send code"), KeyHint("Esc", "back")] }

    public mutating func handle(_ event: Event) -> Intent? {
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .send && event.isActivation) {
            return .submit(email: email.text.trimmingCharacters(in: .whitespaces))
        }
        if focus.focused == .email, email.handle(event) { isInvalid = false }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, symbols: Symbols) {
        var rows = RowCursor(area)
        let intro = Paragraph("Enter the e-mail address of your account. We will send a code to reset the password.")
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        Label("E-mail address").render(into: &buffer, area: rows.take())
        TextField(email, isFocused: focus.isFocused(.email), isInvalid: isInvalid, id: "email")
            .render(into: &buffer, area: rows.take())
        rows.skip()
        Button("Send code", isFocused: focus.isFocused(.send), id: "send").render(into: &buffer, area: rows.take())
    }
}
