import TerminalUI

/// The demo screen: a sign-in form on the left, a QR code on the right, the footer below.
struct DemoView: View {
    let state: DemoState
    let qrMode: QRView.Mode

    func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: Style(.background))
        let bands = area.splitRows([.fixed(1), .fill, .fixed(1)])
        Label("TerminalUI demo", style: Style(.title), alignment: .center).render(into: &buffer, area: bands[0])
        let columns = bands[1].splitColumns([.fixed(min(46, area.width)), .fill])
        renderForm(into: &buffer, area: columns[0].inset(horizontal: 2, vertical: 1))
        QRView(state.qr, mode: qrMode).render(into: &buffer, area: columns[1])
        Footer([KeyHint("Tab", "next"), KeyHint("Enter", "activate"), KeyHint("Ctrl-R", "show password"),
                KeyHint("F2", "menu"), KeyHint("Esc", "quit")])
            .render(into: &buffer, area: bands[2])
        if let menu = state.menu {
            PopupMenu(menu, corner: .bottomLeft, title: "Avatar", symbols: state.symbols)
                .render(into: &buffer, area: bands[1])
        }
        if let confirm = state.confirm {
            ConfirmDialog(title: "Sign in", message: "Sign in as \(state.email.text)?", confirmTitle: "Sign in",
                          state: confirm, symbols: state.symbols)
                .render(into: &buffer, area: area)
        }
    }

    private func renderForm(into buffer: inout Buffer, area: Rect) {
        let rows = area.splitRows([.fixed(1), .fixed(1), .fixed(1), .fixed(1), .fixed(1), .fixed(1), .fixed(1),
                                   .fixed(1), .fixed(1), .fixed(1), .fixed(1), .fixed(1), .fill])
        let focused = state.focus.focused
        Label("E-mail address", style: Style(.muted)).render(into: &buffer, area: rows[0])
        TextField(state.email, isFocused: focused == .email, placeholder: "name@example.com", id: "email")
            .render(into: &buffer, area: rows[1])
        Label("Password", style: Style(.muted)).render(into: &buffer, area: rows[3])
        PasswordField(state.password, isFocused: focused == .password, symbols: state.symbols, id: "password")
            .render(into: &buffer, area: rows[4])
        Label("Verification code", style: Style(.muted)).render(into: &buffer, area: rows[6])
        CodeField(state.code, isFocused: focused == .code, id: "code").render(into: &buffer, area: rows[7])
        Checkbox("Automatically sign in next time", isChecked: state.remember, isFocused: focused == .remember, id: "remember")
            .render(into: &buffer, area: rows[9])
        let actions = rows[11].splitColumns([.fixed(14), .fill])
        Button("Sign in", isFocused: focused == .signIn, id: "signIn").render(into: &buffer, area: actions[0])
        Link("Forgot Password?", isFocused: focused == .forgot, id: "forgot").render(into: &buffer, area: actions[1])
        let bottom = rows[12]
        MessageArea(state.message, symbols: state.symbols).render(into: &buffer, area: bottom.inset(vertical: 1))
        Spinner(tick: state.tick, label: "waiting", symbols: state.symbols).render(into: &buffer, area: bottom.row(bottom.height - 1))
    }
}
