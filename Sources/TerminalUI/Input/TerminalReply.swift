/// What a terminal answers to a query, found in its input among the keys. Pure, like
/// `InputDecoder`, which decodes what is left.
public enum TerminalReply: Equatable, Sendable {
    /// The default background color (the answer to OSC 11), each component from 0 to 1.
    case background(red: Double, green: Double, blue: Double)

    /// Asks for the default background color. Terminals that do not know it ignore it.
    public static let backgroundQuery = "\u{1B}]11;?\u{1B}\\"

    /// Whether a background color is light (dark text on it): more than half as bright as white.
    public var isLightBackground: Bool {
        guard case .background(let red, let green, let blue) = self else { return false }
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.5
    }

    /// Takes every OSC string (`ESC ] … BEL` or `ESC ] … ESC \`) out of `burst`, one cut short by
    /// the end of the read included, so that none is ever taken for typing. Returns what is left
    /// and the replies understood among them.
    public static func extract(_ burst: [RawInput]) -> (rest: [RawInput], replies: [TerminalReply]) {
        var rest: [RawInput] = []
        var replies: [TerminalReply] = []
        var i = burst.startIndex
        while i < burst.endIndex {
            guard burst[i...].starts(with: [.character(0x1B), .character(0x5D)]) else {
                rest.append(burst[i])
                i += 1
                continue
            }
            var text = ""
            var j = i + 2
            while j < burst.endIndex {
                guard case .character(let value) = burst[j], value != 0x07, value != 0x1B else { break }
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
                j += 1
            }
            // The terminator: BEL, or ESC followed by a backslash.
            if j < burst.endIndex, burst[j] == .character(0x07) {
                j += 1
            } else if burst[j...].starts(with: [.character(0x1B), .character(0x5C)]) {
                j += 2
            }
            if let reply = parse(text) { replies.append(reply) }
            i = j
        }
        return (rest, replies)
    }

    /// `11;rgb:RRRR/GGGG/BBBB` (1 to 4 hex digits a component; `rgba:` with an alpha too).
    static func parse(_ text: String) -> TerminalReply? {
        guard text.hasPrefix("11;") else { return nil }
        let value = text.dropFirst(3)
        let colon = value.firstIndex(of: ":")
        guard let colon, ["rgb", "rgba"].contains(value[..<colon]) else { return nil }
        let components = value[value.index(after: colon)...].split(separator: "/", omittingEmptySubsequences: false)
        guard components.count >= 3 else { return nil }
        let levels = components.prefix(3).compactMap { digits -> Double? in
            guard (1...4).contains(digits.count), let number = Int(digits, radix: 16) else { return nil }
            return Double(number) / Double((1 << (4 * digits.count)) - 1)
        }
        guard levels.count == 3 else { return nil }
        return .background(red: levels[0], green: levels[1], blue: levels[2])
    }
}
