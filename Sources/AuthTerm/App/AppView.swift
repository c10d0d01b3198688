import TerminalUI

/// Draws the whole app for a state: header, the screen in a panel, messages or the spinner,
/// the avatar when signed in, the footer of keys, and any overlay. Only reads the state.
public struct AppView: View {
    public let state: AppState

    /// Below this the screens do not fit; the view asks for a larger window instead.
    public static let minimumSize = Size(width: 60, height: 20)
    /// The hit area of the avatar: a click opens the Avatar Menu.
    static let avatarID = "avatar"
    /// The hit area under every overlay: a click there is on none of the screen's controls.
    static let coverID = "cover"

    public init(_ state: AppState) {
        self.state = state
    }

    var symbols: Symbols { Symbols.forTerminal(unicode: !state.settings.asciiOnly) }
    var text: Catalog { state.text }
    var service: ServiceText { ServiceText(service: state.service, text: text) }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width >= Self.minimumSize.width, area.height >= Self.minimumSize.height else {
            renderTooSmall(into: &buffer, area: area)
            return
        }
        if case .totpSetup(let wizard) = state.screen, wizard.showsCodeFullWindow {
            RegistrationCodeView(wizard: wizard, message: state.message, hints: hints, symbols: symbols, text: text)
                .render(into: &buffer, area: area)
        } else {
            renderFrame(into: &buffer, area: area)
        }
        renderOverlay(into: &buffer, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1))
    }

    /// The usual frame: the header, the screen in its panel, the status, the avatar and the keys.
    private func renderFrame(into buffer: inout Buffer, area: Rect) {
        let content = state.screen.content
        let bands = area.splitRows([.fixed(1), .fixed(1), .fill, .fixed(1), .fixed(1)])
        renderHeader(into: &buffer, area: bands[0])
        if let warning = state.settings.warning {
            Label(warning, style: Style(.warning)).render(into: &buffer, area: bands[1].inset(horizontal: 1))
        }
        let panel = bands[2].centered(width: content.panelSize.width, height: content.panelSize.height)
        Block(title: content.title(text), symbols: symbols).render(into: &buffer, area: panel)
        let inner = Block.inner(panel).inset(horizontal: 1)
        let parts = inner.splitRows([.fill, .fixed(3)])
        content.render(into: &buffer, area: parts[0], context: ScreenContext(symbols: symbols, service: service, text: text))
        renderStatus(into: &buffer, area: parts[1])
        if let account = state.screen.signedInAccount { renderAvatar(account.displayName, &buffer, bands[3]) }
        Footer(hints).render(into: &buffer, area: bands[4])
    }

    private var hints: [KeyHint] {
        if state.inFlight != nil { return [KeyHint("Esc", text(.hintCancel)), KeyHint("Ctrl-C", text(.hintQuit))] }
        switch state.overlay {
        case .help(let help): return help.hints(text)
        case .avatarMenu:
            return [KeyHint("↑↓", text(.hintChoose)), KeyHint("Enter", text(.hintOpen)), KeyHint("Esc", text(.hintClose))]
        case .failure: return [KeyHint("Enter", text(.hintRetry)), KeyHint("Esc", text(.hintCancel))]
        case .mailbox: return MailboxState.hints(text)
        case .reauthenticate(let dialog): return dialog.hints(text)
        case .confirmMFA:
            return [KeyHint("←→", text(.hintChoose)), KeyHint("Enter", text(.hintAnswer)), KeyHint("y", text(.hintYes)),
                    KeyHint("Esc", text(.hintCancel))]
        case .demoAuthenticator: return DemoAuthenticator.hints(text)
        case nil:
            let mailbox = state.settings.mailboxFolder == nil ? [] : [KeyHint("F3", text(.hintMailbox))]
            let authenticator = state.settings.demoAccount == nil ? [] : [KeyHint("F4", text(.hintDemoCodes))]
            return state.screen.content.hints(text) + mailbox + authenticator
                + [KeyHint("F1", text(.hintHelp)), KeyHint("Ctrl-C", text(.hintQuit))]
        }
    }

    private func renderHeader(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: Style(.title))
        let used = buffer.write(" authterm", x: area.x, y: area.y, style: Style(.title, .bold))
        buffer.write("  \(state.settings.server)", x: area.x + used, y: area.y, style: Style(.title))
        if state.settings.demoAccount != nil {
            Label(text(.demoBadge) + " ", style: Style(.title, .bold), alignment: .right).render(into: &buffer, area: area)
        }
    }

    /// The spinner while a request runs; otherwise the message, or the demo account on sign-in.
    private func renderStatus(into buffer: inout Buffer, area: Rect) {
        if let request = state.inFlight {
            Spinner(tick: state.spinnerTick, label: text(request.waitingLabel) + "  " + text(.escCancels), symbols: symbols)
                .render(into: &buffer, area: area.row(1))
        } else if let message = state.message {
            MessageArea(message, symbols: symbols).render(into: &buffer, area: area)
        } else if let demo = state.settings.demoAccount, case .email = state.screen {
            Label(text(.demoAccountLine, ["email": demo.email, "password": demo.password]), style: Style(.muted))
                .render(into: &buffer, area: area.row(1))
        }
    }

    /// The avatar, lower left: the initials and the name.
    private func renderAvatar(_ name: String, _ buffer: inout Buffer, _ area: Rect) {
        let used = buffer.write(" \(Initials(name).text) ", x: area.x + 1, y: area.y, style: Style(.accent, .reverse))
        buffer.write(" \(name)  F2", x: area.x + 1 + used, y: area.y, style: Style(.muted))
        buffer.addHitArea(Self.avatarID, Rect(x: area.x + 1, y: area.y, width: used, height: 1))
    }

    private func renderOverlay(into buffer: inout Buffer, area: Rect) {
        if state.overlay != nil { buffer.addHitArea(Self.coverID, area) }
        switch state.overlay {
        case .help(let help):
            HelpView(state: help, service: service, symbols: symbols).render(into: &buffer, area: area)
        case .avatarMenu(let menu):
            PopupMenu(menu, corner: .bottomLeft, title: text(.avatarMenuTitle), symbols: symbols)
                .render(into: &buffer, area: area)
        case .mailbox(let mailbox):
            MailboxView(state: mailbox, symbols: symbols, text: text).render(into: &buffer, area: area)
        case .failure(let message, _, let answer):
            ConfirmDialog(title: text(.failureTitle), message: message, confirmTitle: text(.buttonRetry),
                          cancelTitle: text(.buttonCancel), state: answer, symbols: symbols, id: "failure")
                .render(into: &buffer, area: area)
        case .reauthenticate(let dialog):
            ReauthDialogView(dialog: dialog, symbols: symbols, text: text).render(into: &buffer, area: area)
        case .confirmMFA(let change, let answer):
            change.dialog(answer, symbols: symbols, text: text).render(into: &buffer, area: area)
        case .demoAuthenticator:
            DemoAuthenticatorView(authenticator: state.demoAuthenticator, now: state.now, symbols: symbols, text: text)
                .render(into: &buffer, area: area)
        case nil:
            break
        }
    }

    private func renderTooSmall(into buffer: inout Buffer, area: Rect) {
        let request = text(.enlargeWindow, [
            "minimumWidth": "\(Self.minimumSize.width)", "minimumHeight": "\(Self.minimumSize.height)",
            "width": "\(area.width)", "height": "\(area.height)",
        ])
        Paragraph(request, style: Style(.warning)).render(into: &buffer, area: area.inset(horizontal: 1, vertical: 1))
    }
}

/// The initials of a display name, for the avatar: the first letters of the first and last words
/// (`AL` for Ada Lovelace), or for a name in Chinese characters or kana, which are wide and need no
/// capitals, its first character alone (`山` for 山田 太郎), as Japanese services show it.
struct Initials {
    let text: String

    init(_ name: String) {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard let first = words.first?.first else {
            text = "?"
            return
        }
        if DisplayWidth.of(first) == 2 {
            text = String(first)
            return
        }
        let letters = (words.count > 1 ? [words.first!, words.last!] : [words.first!]).compactMap(\.first)
        text = String(letters).uppercased()
    }
}
