import AuthModel
import TerminalUI

/// Asked when the server answers reauthentication_required: the password again, and a code when
/// MFA is on. Once the server accepts them, `retry` is sent again.
public struct ReauthDialog: Equatable, Sendable {
    public enum Control: Hashable, Sendable { case password, source, code, confirm }
    public enum Intent: Equatable, Sendable {
        case submit(password: String, method: String?, code: String?)
        case cancel
    }

    /// Where a code can come from: an authenticator app (SMS cannot be sent here) or a recovery code.
    public struct CodeSource: Equatable, Sendable {
        public var id: String
        public var name: String
    }

    /// The action to repeat once confirmed.
    public let retry: Request
    /// Empty when no code is needed (MFA off, or no method left).
    public let sources: [CodeSource]
    public var source = 0
    public var password = PasswordFieldState(TextFieldState(maxLength: 1024))
    public var code = TextFieldState(maxLength: 32)
    public var focus: FocusRing<Control>
    /// Why the last try failed, in words.
    public var problem: String?

    public init(retry: Request, mfa: MFAStatus?) {
        self.retry = retry
        // The server asks for a code once MFA is on and a method is registered.
        if let mfa, mfa.enabled, !mfa.methods.isEmpty {
            sources = mfa.methods.filter { $0.kind == .totp }.map { CodeSource(id: $0.id, name: $0.label) }
                + [CodeSource(id: SubmitCodeRequest.recoveryMethod, name: "Recovery code")]
        } else {
            sources = []
        }
        focus = FocusRing(sources.isEmpty ? [.password, .confirm] : [.password, .source, .code, .confirm])
    }

    var hints: [KeyHint] {
        [KeyHint("Tab", "next field")] + (sources.isEmpty ? [] : [KeyHint("←→", "code from")])
            + [KeyHint("Enter", "continue"), KeyHint("Esc", "cancel")]
    }

    public mutating func handle(_ event: Event) -> Intent? {
        if event == .key(.escape) { return .cancel }
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .confirm && event.isActivation) {
            if focus.focused == .password && !sources.isEmpty {
                focus.focus(.code)
                return nil
            }
            guard !password.text.isEmpty else { return nil }
            guard !sources.isEmpty else { return .submit(password: password.text, method: nil, code: nil) }
            return code.text.isEmpty ? nil : .submit(password: password.text, method: sources[source].id, code: code.text)
        }
        switch (focus.focused, event) {
        case (.password, _): password.handle(event)
        case (.source, .key(.left)): source = (source + sources.count - 1) % sources.count
        case (.source, .key(.right)): source = (source + 1) % sources.count
        case (.code, _): code.handle(event)
        default: break
        }
        return nil
    }

    /// After a refusal: both fields empty again, the reason shown.
    public mutating func refused(_ reason: String) {
        problem = reason
        password = PasswordFieldState(TextFieldState(maxLength: 1024))
        code = TextFieldState(maxLength: 32)
        focus.focus(.password)
    }
}

struct ReauthDialogView: View {
    let dialog: ReauthDialog
    let symbols: Symbols

    func render(into buffer: inout Buffer, area: Rect) {
        let box = area.centered(width: 60, height: dialog.sources.isEmpty ? 10 : 12)
        buffer.fill(box, style: Style(.background))
        Block(title: "Confirm it's you", symbols: symbols).render(into: &buffer, area: box)
        var rows = RowCursor(box.inset(horizontal: 2, vertical: 1))
        Label(dialog.sources.isEmpty ? "Enter your password to continue."
              : "Enter your password and a code to continue.").render(into: &buffer, area: rows.take())
        rows.skip()
        Label("Password").render(into: &buffer, area: rows.take())
        PasswordField(dialog.password, isFocused: dialog.focus.isFocused(.password), symbols: symbols, id: "reauthPassword")
            .render(into: &buffer, area: rows.take())
        if !dialog.sources.isEmpty {
            let row = rows.take()
            let used = buffer.write("Code from  ", x: row.x, y: row.y, style: .plain)
            buffer.write("< \(dialog.sources[dialog.source].name) >", x: row.x + used, y: row.y,
                         style: Style(dialog.focus.isFocused(.source) ? .focus : .accent), limit: row.maxX)
            TextField(dialog.code, isFocused: dialog.focus.isFocused(.code), placeholder: "123456", id: "reauthCode")
                .render(into: &buffer, area: rows.take())
        }
        rows.skip()
        MessageArea(dialog.problem.map(Message.error), symbols: symbols).render(into: &buffer, area: rows.take())
        Button("Continue", isFocused: dialog.focus.isFocused(.confirm), id: "reauthContinue")
            .render(into: &buffer, area: rows.take())
    }
}
