import TerminalUI

/// The scan step of the Setup wizard with the whole window for the registration code, so that
/// it scans from an 80x24 terminal: a title line with the key, the code in its quiet zone, and
/// a line of keys (or the message). When the code needs that last line too, the keys give way.
struct RegistrationCodeView: View {
    let wizard: TotpSetupScreen
    let message: Message?
    let hints: [KeyHint]
    let symbols: Symbols
    let text: Catalog

    func render(into buffer: inout Buffer, area: Rect) {
        guard let code = wizard.qrCode, let setup = wizard.setup else { return }
        let title = area.row(0)
        buffer.fill(title, style: Style(.title))
        Label(" " + text(.scanTitleLine, ["key": SecretGroups.of(setup.secret)]), style: Style(.title, .bold))
            .render(into: &buffer, area: title)
        let qr = QRView(code, mode: wizard.qrMode, inverted: wizard.invertsCode)
        let below = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let needed = qr.minimumSize
        let onlyWithoutKeys = needed.width <= below.width && needed.height == below.height
        guard !onlyWithoutKeys else {
            qr.render(into: &buffer, area: below)
            return
        }
        let parts = below.splitRows([.fill, .fixed(1)])
        qr.render(into: &buffer, area: parts[0])
        if let message {
            MessageArea(message, symbols: symbols).render(into: &buffer, area: parts[1])
        } else {
            Footer(hints).render(into: &buffer, area: parts[1])
        }
    }
}
