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

    func title(_ text: Catalog) -> String { text(.recoveryCodesTitle) }
    var helpTopic: HelpTopic { .mfa }
    func hints(_ text: Catalog) -> [KeyHint] {
        codes == nil
            ? [KeyHint("Enter", text(.hintGenerate)), KeyHint("Esc", text(.hintBack))]
            : [KeyHint("c", text(.hintCopyCodes)), KeyHint("Enter", text(.hintDone))]
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
        let text = context.text
        var rows = RowCursor(area)
        guard let codes else {
            // The count follows the sentence before it: after a space in English, straight on in Japanese.
            let remaining = account.map { text(.recoveryCodesRemaining, ["count": "\($0.mfa.recoveryCodesRemaining)"]) }
            let paragraph = Paragraph(text(.recoveryCodesAbout) + (remaining ?? ""), style: .plain)
            paragraph.render(into: &buffer, area: rows.take(paragraph.height(width: area.width)))
            rows.skip()
            Button(text(.buttonGenerate), isFocused: true, id: "generate").render(into: &buffer, area: rows.take())
            return
        }
        let warning = Paragraph(text(.recoveryCodesShownOnce), style: Style(.warning))
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
        Button(text(.buttonDone), isFocused: true, id: "done").render(into: &buffer, area: rows.take())
    }
}
