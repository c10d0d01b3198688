import AuthModel
import TerminalUI

/// Asked when the server answers reauthentication_required: the password again, and a code when
/// MFA is on, from an authenticator app, a text message (sent on request) or a recovery code.
/// Once the server accepts them, `retry` is sent again.
public struct ReauthDialog: Equatable, Sendable {
    public enum Control: String, Clickable {
        case password = "reauthPassword", source = "reauthSource", sendCode = "reauthSendCode", code = "reauthCode"
        case confirm = "reauthContinue"
    }

    public enum Intent: Equatable, Sendable {
        case submit(password: String, method: String?, code: String?)
        /// Text a code to the phone method `method`.
        case sendCode(method: String)
        case cancel
    }

    /// Where a code can come from: a registered method, or a recovery code.
    public struct CodeSource: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            case app(label: String)
            /// A phone, its code texted when asked for.
            case phone(destination: String)
            case recovery
        }

        public var id: String
        public var kind: Kind

        public var isPhone: Bool { if case .phone = kind { true } else { false } }

        /// The source as the dialog names it.
        func name(_ text: Catalog) -> String {
            switch kind {
            case .app(let label): label
            case .phone(let destination): text(.smsTo, ["destination": destination])
            case .recovery: text(.recoveryCode)
            }
        }
    }

    /// The action to repeat once confirmed.
    public let retry: Request
    /// Empty when no code is needed (MFA off, or no method left).
    public let sources: [CodeSource]
    public private(set) var source = 0
    public var password = PasswordFieldState(TextFieldState(maxLength: 1024))
    public var code = TextFieldState(maxLength: 32)
    public var focus: FocusRing<Control>
    /// Why the last try failed, or where a code was sent.
    public var status: Message?

    public init(retry: Request, mfa: MFAStatus?) {
        self.retry = retry
        // The server asks for a code once MFA is on and a method is registered: the apps first,
        // which need no request, then the phones.
        if let mfa, mfa.enabled, !mfa.methods.isEmpty {
            let apps = mfa.methods.filter { $0.kind == .totp }.map { CodeSource(id: $0.id, kind: .app(label: $0.label)) }
            let phones = mfa.methods.filter { $0.kind == .sms }
                .map { CodeSource(id: $0.id, kind: .phone(destination: $0.destination ?? $0.label)) }
            sources = apps + phones + [CodeSource(id: SubmitCodeRequest.recoveryMethod, kind: .recovery)]
        } else {
            sources = []
        }
        focus = FocusRing([.password])
        focus.setOrder(controls)
    }

    var chosen: CodeSource? { sources.isEmpty ? nil : sources[source] }

    private var controls: [Control] {
        guard let chosen else { return [.password, .confirm] }
        return chosen.isPhone ? [.password, .source, .sendCode, .code, .confirm] : [.password, .source, .code, .confirm]
    }

    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("Tab", text(.hintNextField))] + (sources.isEmpty ? [] : [KeyHint("←→", text(.hintCodeFrom))])
            + [KeyHint("Enter", text(.hintContinue)), KeyHint("Esc", text(.hintCancel))]
    }

    public mutating func handle(_ event: Event) -> Intent? {
        if event == .key(.escape) { return .cancel }
        if focus.handle(event) { return nil }
        switch (focus.focused, event) {
        case (.source, .key(.left)): choose(source + sources.count - 1)
        case (.source, .key(.right)), (.source, .click): choose(source + 1)
        case (.sendCode, _) where event.isActivation:
            return chosen.map { .sendCode(method: $0.id) }
        case (_, _) where event == .key(.enter) || (focus.focused == .confirm && event.isActivation):
            return submit()
        case (.password, _): password.handle(event)
        case (.code, _): code.handle(event)
        default: break
        }
        return nil
    }

    /// Enter in the password field moves on to the code (to Send code for a phone); elsewhere it
    /// submits what is there, when it is enough.
    private mutating func submit() -> Intent? {
        guard let chosen else {
            return password.text.isEmpty ? nil : .submit(password: password.text, method: nil, code: nil)
        }
        if focus.focused == .password {
            focus.focus(chosen.isPhone ? .sendCode : .code)
            return nil
        }
        guard !password.text.isEmpty, !code.text.isEmpty else { return nil }
        return .submit(password: password.text, method: chosen.id, code: code.text)
    }

    private mutating func choose(_ index: Int) {
        source = index % sources.count
        code = TextFieldState(maxLength: 32)
        focus.setOrder(controls)
    }

    /// The code went out by SMS (`notice` says so): type it next.
    public mutating func codeSent(_ notice: String) {
        status = .notice(notice)
        focus.focus(.code)
    }

    /// The code could not be sent; what was typed stays.
    public mutating func sendFailed(_ reason: String) {
        status = .error(reason)
    }

    /// After a refusal: both fields empty again, the reason shown.
    public mutating func refused(_ reason: String) {
        status = .error(reason)
        password = PasswordFieldState(TextFieldState(maxLength: 1024))
        code = TextFieldState(maxLength: 32)
        focus.focus(.password)
    }
}

struct ReauthDialogView: View {
    let dialog: ReauthDialog
    let symbols: Symbols
    let text: Catalog

    func render(into buffer: inout Buffer, area: Rect) {
        let box = area.centered(width: 60, height: dialog.sources.isEmpty ? 11 : 13)
        buffer.fill(box, style: Style(.background))
        Block(title: text(.reauthTitle), symbols: symbols).render(into: &buffer, area: box)
        var rows = RowCursor(box.inset(horizontal: 2, vertical: 1))
        Label(text(dialog.sources.isEmpty ? .reauthPasswordOnly : .reauthPasswordAndCode))
            .render(into: &buffer, area: rows.take())
        rows.skip()
        Label(text(.passwordLabel)).render(into: &buffer, area: rows.take())
        PasswordField(dialog.password, isFocused: dialog.focus.isFocused(.password), symbols: symbols,
                      id: ReauthDialog.Control.password.hitID)
            .render(into: &buffer, area: rows.take())
        if let chosen = dialog.chosen {
            let row = rows.take()
            let used = buffer.write(text(.codeFromLabel) + "  ", x: row.x, y: row.y, style: .plain)
            let selector = Rect(x: row.x + used, y: row.y, width: row.maxX - row.x - used, height: 1)
            let width = buffer.writeTarget("< \(chosen.name(text)) >", in: selector,
                                           style: Style(dialog.focus.isFocused(.source) ? .focus : .accent),
                                           id: ReauthDialog.Control.source.hitID)
            if chosen.isPhone {
                Button(text(.buttonSendCode), isFocused: dialog.focus.isFocused(.sendCode), id: ReauthDialog.Control.sendCode.hitID)
                    .render(into: &buffer, area: Rect(x: selector.x + width + 2, y: row.y, width: selector.width - width - 2, height: 1))
            }
            TextField(dialog.code, isFocused: dialog.focus.isFocused(.code),
                      placeholder: chosen.isPhone ? text(.smsCodePlaceholder) : "123456", id: ReauthDialog.Control.code.hitID)
                .render(into: &buffer, area: rows.take())
        }
        rows.skip()
        MessageArea(dialog.status, symbols: symbols).render(into: &buffer, area: rows.take(2))
        Button(text(.buttonContinue), isFocused: dialog.focus.isFocused(.confirm), id: ReauthDialog.Control.confirm.hitID)
            .render(into: &buffer, area: rows.take())
    }
}
