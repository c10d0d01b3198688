import Foundation
import TerminalUI

/// Sign-in, screen 1: the e-mail address and `Next`.
public struct EmailScreen: Equatable, Sendable, ScreenContent {
    public enum Control: Hashable, Sendable { case email, next }
    public enum Intent: Equatable, Sendable { case submit(email: String) }

    public var email: TextFieldState
    public var focus = FocusRing<Control>([.email, .next])
    public var isInvalid = false

    public init(email: String = "") {
        self.email = TextFieldState(email, maxLength: 254)
    }

    var title: String { "Sign in" }
    var helpTopic: HelpTopic { .signIn }
    var isTyping: Bool { focus.focused == .email }
    var hints: [KeyHint] { [KeyHint("Tab", "next field"), KeyHint("Enter", "next")] }

    public mutating func handle(_ event: Event) -> Intent? {
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .next && event.isActivation) {
            return .submit(email: email.text.trimmingCharacters(in: .whitespaces))
        }
        if focus.focused == .email, email.handle(event) { isInvalid = false }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, symbols: Symbols) {
        var rows = RowCursor(area)
        Label("E-mail address").render(into: &buffer, area: rows.take())
        TextField(email, isFocused: focus.isFocused(.email), isInvalid: isInvalid,
                  placeholder: "name@example.com", id: "email")
            .render(into: &buffer, area: rows.take())
        rows.skip()
        Button("Next", isFocused: focus.isFocused(.next), id: "next").render(into: &buffer, area: rows.take())
    }
}

