@preconcurrency import CNcursesw

/// Turns raw `get_wch` results into events. Pure, so every key can be tested without a terminal.
public enum InputDecoder {
    /// Decodes everything read in one go. Printable characters that arrived together are a paste
    /// (one event, so a code field gets "123 456" whole); so is text between the bracketed-paste
    /// markers ESC[200~ and ESC[201~. KEY_RESIZE reports `size`, the terminal's new size. Mouse
    /// reports become what `mouse` makes of them (matched to the frame on screen), or nothing.
    public static func decode(
        _ burst: [RawInput], size: Size, mouse: (MouseReport) -> Event? = { _ in nil }
    ) -> [Event] {
        var events: [Event] = []
        var text = ""
        var i = burst.startIndex
        func flushText() {
            if text.count == 1 { events.append(.key(.character(text.first!))) }
            else if !text.isEmpty { events.append(.paste(text)) }
            text = ""
        }
        while i < burst.endIndex {
            if let paste = bracketedPaste(burst, from: i) {
                flushText()
                events.append(.paste(printable(burst[paste.content])))
                i = paste.resume
                continue
            }
            if let (report, resume) = mouseReport(burst, from: i) {
                flushText()
                if let event = mouse(report) { events.append(event) }
                i = resume
                continue
            }
            if case .character(let value) = burst[i], let scalar = printableScalar(value) {
                text.unicodeScalars.append(scalar)
            } else {
                flushText()
                if burst[i] == .keyCode(KEY_RESIZE) { events.append(.resize(size)) }
                else if let event = decode(burst[i]) { events.append(event) }
            }
            i += 1
        }
        flushText()
        return events
    }

    /// Decodes one input on its own; nil for codes that mean nothing to the toolkit.
    public static func decode(_ raw: RawInput) -> Event? {
        switch raw {
        case .keyCode(let code): return keyCodes[code].map(Event.key) ?? functionKey(code)
        case .character(let value):
            if let scalar = printableScalar(value) { return .key(.character(Character(scalar))) }
            return controlKey(value).map(Event.key)
        }
    }

    private static func printableScalar(_ value: UInt32) -> Unicode.Scalar? {
        guard value >= 0x20, value != 0x7F, !(0x80..<0xA0).contains(value) else { return nil }
        return Unicode.Scalar(value)
    }

    private static func controlKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        default: return nil
        }
    }

    private static func functionKey(_ code: Int32) -> Event? {
        let n = code - KEY_F0
        return (1...24).contains(n) ? .key(.function(Int(n))) : nil
    }

    private static let keyCodes: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_BTAB: .backTab, KEY_ENTER: .enter,
        KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_IC: .insert,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_A1: .home, KEY_C1: .end, KEY_SELECT: .end, KEY_FIND: .home,
    ]

    // Bracketed paste: the terminal wraps pasted text in ESC[200~ ... ESC[201~.
    private static let pasteStart: [RawInput] = "\u{1B}[200~".unicodeScalars.map { .character($0.value) }
    private static let pasteEnd: [RawInput] = "\u{1B}[201~".unicodeScalars.map { .character($0.value) }

    /// When a bracketed paste starts at `start`: its content, and where decoding resumes after
    /// the closing marker (a paste cut short by the read runs to the end of the burst).
    private static func bracketedPaste(_ burst: [RawInput], from start: Int) -> (content: Range<Int>, resume: Int)? {
        guard burst[start...].starts(with: pasteStart) else { return nil }
        let contentStart = start + pasteStart.count
        for j in contentStart..<burst.endIndex where burst[j...].starts(with: pasteEnd) {
            return (contentStart..<j, j + pasteEnd.count)
        }
        return (contentStart..<burst.endIndex, burst.endIndex)
    }

    /// A mouse report starting at `start`, SGR (`ESC [ < b ; x ; y M|m`) or X10 (`ESC [ M b x y`,
    /// each a character of value 32 more), and where decoding resumes after it.
    private static func mouseReport(_ burst: [RawInput], from start: Int) -> (MouseReport, Int)? {
        let values = burst[start...].prefix(32).map { raw -> UInt32? in
            if case .character(let value) = raw { value } else { nil }
        }
        guard values.count >= 6, values[0] == 0x1B, values[1] == 0x5B else { return nil }
        if values[2] == 0x4D {
            guard let b = values[3], let x = values[4], let y = values[5], b >= 32, x >= 33, y >= 33 else { return nil }
            return (MouseReport(button: Int(b - 32), released: false, x: Int(x - 33), y: Int(y - 33)), start + 6)
        }
        guard values[2] == 0x3C, let end = values.firstIndex(where: { $0 == 0x4D || $0 == 0x6D }) else { return nil }
        let fields = values[3..<end].split(separator: 0x3B).map { digits in
            digits.reduce(Int?(0)) { number, value in
                guard let number, let value, (0x30...0x39).contains(value), number < 100_000 else { return nil }
                return number * 10 + Int(value - 0x30)
            }
        }
        guard fields.count == 3, let b = fields[0], let x = fields[1], let y = fields[2], x >= 1, y >= 1 else { return nil }
        return (MouseReport(button: b, released: values[end] == 0x6D, x: x - 1, y: y - 1), start + end + 1)
    }

    /// The printable text of a pasted run; line breaks become spaces, other controls are dropped.
    private static func printable(_ raws: ArraySlice<RawInput>) -> String {
        var text = ""
        for case .character(let value) in raws {
            if let scalar = printableScalar(value) { text.unicodeScalars.append(scalar) }
            else if value == 10 || value == 13 || value == 9 { text.append(" ") }
        }
        return text
    }
}
