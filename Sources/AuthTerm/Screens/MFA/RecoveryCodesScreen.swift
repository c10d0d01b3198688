import AuthModel
import TerminalUI

/// `Recovery codes`: first a warning that new codes make the old ones stop working, then the new
/// codes, shown this once in a block that is easy to copy (`c` copies them all).
public struct RecoveryCodesScreen: Equatable, Sendable, ScreenContent {
    public enum Intent: Equatable, Sendable { case generate, copy(String), done }

    public let account: Account?
    /// The new codes, once generated; they leave the state with the screen.
    public private(set) var codes: [String]?

    public init(account: Account?) {
        self.account = account
    }

    public mutating func show(_ codes: [String]) {
        self.codes = codes
    }

    var title: String { "Recovery codes" }
    var helpTopic: HelpTopic { .mfa }
    var hints: [KeyHint] {
        codes == nil
            ? [KeyHint("Enter", "generate"), KeyHint("Esc", "back")]
            : [KeyHint("c", "copy codes"), KeyHint("Enter", "done")]
    }

    /// The codes as copied: one a line.
    var block: String { (codes ?? []).joined(separator: "\n") }

    public mutating func handle(_ event: Event) -> Intent? {
        guard codes != nil else {
            if event == .key(.escape) { return .done }
            return event.activates("generate") ? .generate : nil
        }
        if event == .key(.character("c")) { return .copy(block) }
        return event.activates("done") || event == .key(.escape) ? .done : nil
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        guard let codes else {
            let remaining = account.map { " You have \($0.mfa.recoveryCodesRemaining) unused codes now." } ?? ""
            let text = Paragraph(
                "Recovery codes let you sign in when none of your methods is at hand; each works once.\n\n"
                    + "Generating new codes makes all your old codes stop working.\(remaining)", style: .plain)
            text.render(into: &buffer, area: rows.take(text.height(width: area.width)))
            rows.skip()
            Button("Generate", isFocused: true, id: "generate").render(into: &buffer, area: rows.take())
            return
        }
        let warning = Paragraph(
            "Store these codes somewhere safe now: they are shown only this once. Your old codes no longer work.",
            style: Style(.warning))
        warning.render(into: &buffer, area: rows.take(warning.height(width: area.width)))
        rows.skip()
        let half = (codes.count + 1) / 2
        for index in 0..<half {
            let row = rows.take()
            buffer.write("  " + codes[index], x: row.x, y: row.y, style: Style(.accent, .bold))
            if index + half < codes.count {
                buffer.write(codes[index + half], x: row.x + 24, y: row.y, style: Style(.accent, .bold))
            }
        }
        rows.skip()
        Button("Done", isFocused: true, id: "done").render(into: &buffer, area: rows.take())
    }
}
