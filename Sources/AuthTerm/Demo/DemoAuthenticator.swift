import FoundationEssentials
import OTP
import TerminalUI

/// `authterm demo` only: the authenticator secrets enrolled during this run, so the demo can be
/// walked without a phone. Never filled outside the demo.
public struct DemoAuthenticator: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var label: String
        public var account: String
        public var issuer: String
        public var secret: String
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    static func hints(_ text: Catalog) -> [KeyHint] { [KeyHint("Esc", text(.hintClose))] }
}

/// The clearly marked panel (F4) with each enrolled secret's current code.
struct DemoAuthenticatorView: View {
    let authenticator: DemoAuthenticator
    let now: Date
    let symbols: Symbols
    let text: Catalog

    func render(into buffer: inout Buffer, area: Rect) {
        let box = area.centered(width: 64, height: min(area.height - 2, max(7, authenticator.entries.count + 6)))
        buffer.fill(box, style: Style(.background))
        Block(title: text(.demoAuthenticatorTitle), symbols: symbols).render(into: &buffer, area: box)
        var rows = RowCursor(box.inset(horizontal: 2, vertical: 1))
        Label(text(.demoAuthenticatorIntro), style: Style(.muted)).render(into: &buffer, area: rows.take())
        rows.skip()
        guard !authenticator.entries.isEmpty else {
            Paragraph(text(.demoAuthenticatorEmpty), style: Style(.muted)).render(into: &buffer, area: rows.take(3))
            return
        }
        // The codes line up where the widest (two-digit seconds) fits.
        let codeColumn = DisplayWidth.of("000 000  " + text(.secondsLeft, ["seconds": "30"])) + 1
        for entry in authenticator.entries {
            let row = rows.take()
            guard let totp = TOTP(base32: entry.secret) else { continue }
            let code = totp.code(at: now)
            buffer.write("\(entry.label) (\(entry.account))", x: row.x, y: row.y, style: .plain, limit: row.maxX - 20)
            let shown = "\(code.prefix(3)) \(code.dropFirst(3))  " + text(.secondsLeft, ["seconds": "\(totp.secondsLeft(at: now))"])
            buffer.write(shown, x: row.maxX - codeColumn, y: row.y, style: Style(.accent, .bold), limit: row.maxX)
        }
    }
}
