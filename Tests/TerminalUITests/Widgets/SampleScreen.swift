import TerminalUI

/// A sign-in screen built from the toolkit's widgets, as the app will build its own.
struct SampleScreen: View {
    var email = TextFieldState("alice@example.com")
    var password = PasswordFieldState(TextFieldState("hunter2"))
    var remember = true
    var focused = "password"
    var message: Message? = .error("Wrong e-mail address or password.")
    var symbols = Symbols.ascii

    func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: Style(.background))
        let bands = area.splitRows([.fill, .fixed(1)])
        let card = bands[0].centered(width: 44, height: 12)
        Block(title: "Sign in", symbols: symbols).render(into: &buffer, area: card)
        let rows = Block.inner(card).inset(horizontal: 1).splitRows(Array(repeating: .fixed(1), count: 8) + [.fill])
        Label("E-mail address", style: Style(.muted)).render(into: &buffer, area: rows[0])
        TextField(email, isFocused: focused == "email", id: "email").render(into: &buffer, area: rows[1])
        Label("Password", style: Style(.muted)).render(into: &buffer, area: rows[2])
        PasswordField(password, isFocused: focused == "password", isInvalid: message != nil, symbols: symbols, id: "password")
            .render(into: &buffer, area: rows[3])
        Checkbox("Automatically sign in next time", isChecked: remember, isFocused: focused == "remember", id: "remember")
            .render(into: &buffer, area: rows[5])
        let actions = rows[7].splitColumns([.fixed(13), .fill])
        Button("Sign in", isFocused: focused == "signIn", id: "signIn").render(into: &buffer, area: actions[0])
        Link("Forgot Password?", isFocused: focused == "forgot", id: "forgot").render(into: &buffer, area: actions[1])
        MessageArea(message, symbols: symbols).render(into: &buffer, area: rows[8])
        Footer([KeyHint("Tab", "next"), KeyHint("Enter", "sign in"), KeyHint("Ctrl-R", "show password"),
                KeyHint("F1", "help"), KeyHint("Esc", "quit")])
            .render(into: &buffer, area: bands[1])
    }
}
