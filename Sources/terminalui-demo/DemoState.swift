import TerminalUI

/// The controls of the demo form, in Tab order.
enum Control: String, CaseIterable, Sendable, Clickable {
    case email, password, code, remember, signIn, forgot
}

/// Everything the demo shows, changed only by `update`.
struct DemoState {
    var focus = FocusRing(Control.allCases)
    var email = TextFieldState(maxLength: 64)
    var password = PasswordFieldState()
    var code = CodeFieldState()
    var remember = false
    var message: Message? = .notice("Tab moves, Enter activates, F2 opens the avatar menu, Esc quits.")
    var menu: MenuState<String>?
    var confirm: ConfirmState?
    var tick = 0
    let qr: QRCode
    let symbols: Symbols

    static let menuItems = [
        MenuItem("Account Settings", hotkey: "a", value: "Account Settings"), MenuItem("Help", hotkey: "h", value: "Help"),
        MenuItem("Sign out", hotkey: "s", value: "Sign out"),
    ]
}

/// What the demo loop should do after an event.
enum Outcome {
    case keepGoing
    case quit
}

extension DemoState {
    /// Applies one event. Clicks arrive as the id of the hit area under the mouse.
    mutating func update(_ event: Event) -> Outcome {
        if event == .terminalClosed { return .quit }
        if menu != nil { return updateMenu(event) }
        if confirm != nil { return updateConfirm(event) }
        if case .click(let target) = event, let control = Control(rawValue: target) {
            focus.focus(control)
            return activate(control)
        }
        if focus.handle(event) { return .keepGoing }
        switch event {
        case .key(.escape), .key(.ctrl("c")): return .quit
        case .key(.function(2)):
            menu = MenuState(Self.menuItems)
            return .keepGoing
        case .key(.enter) where focus.focused != .code:
            return activate(focus.focused)
        default:
            return edit(event)
        }
    }

    private mutating func edit(_ event: Event) -> Outcome {
        switch focus.focused {
        case .email: email.handle(event)
        case .password: password.handle(event)
        case .code:
            if case .completed(let code) = code.handle(event) { message = .notice("Code \(code) entered.") }
        case .remember, .signIn, .forgot:
            if event.isActivation { return activate(focus.focused) }
        }
        return .keepGoing
    }

    private mutating func activate(_ control: Control) -> Outcome {
        switch control {
        case .remember: remember.toggle()
        case .signIn:
            confirm = email.text.isEmpty ? nil : ConfirmState()
            if email.text.isEmpty { message = .error("Enter your e-mail address.") }
        case .forgot: message = .notice("A reset code would be sent to \(email.text.isEmpty ? "your address" : email.text).")
        case .email, .password, .code: focus.next()
        }
        return .keepGoing
    }

    private mutating func updateMenu(_ event: Event) -> Outcome {
        switch menu?.handle(event) {
        case .chosen(let title):
            message = .notice("Chose \(title).")
            menu = nil
        case .dismissed: menu = nil
        default: break
        }
        return .keepGoing
    }

    private mutating func updateConfirm(_ event: Event) -> Outcome {
        switch confirm?.handle(event) {
        case .confirm:
            message = Message(.success, "Signed in as \(email.text).")
            confirm = nil
        case .cancel: confirm = nil
        case nil: break
        }
        return .keepGoing
    }
}
