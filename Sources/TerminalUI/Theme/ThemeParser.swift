/// A theme file that cannot be read, with the file and line to fix.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// Reads the theme file format: one `role = foreground [on background] [attributes...]` a line,
/// blank lines are ignored.
///
///     focus = black on #5fafff bold    # the focused control
///
/// A comment starts with `#` at the start of a line, or with `#` after a space when not followed
/// by a hex digit.
public enum ThemeParser {
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        var styles: [Role: RoleStyle] = [:]
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fail = { (message: String) in ThemeError(file: file, line: offset + 1, message: message) }
            let line = stripComment(rawLine)
            if line.isEmpty { continue }
            let sides = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard sides.count == 2, !sides[0].isEmpty else {
                throw fail("expected 'role = color [on color] [bold|underline|reverse|dim]'")
            }
            guard let role = Role(rawValue: sides[0]), role != .qr else {
                throw fail("unknown role '\(sides[0])' (roles: \(themableRoles))")
            }
            guard styles[role] == nil else { throw fail("role '\(role.rawValue)' is set twice") }
            do throws(ParseFailure) {
                styles[role] = try roleStyle(sides[1].split(separator: " ").map(String.init))
            } catch {
                throw fail(error.message)
            }
        }
        return Theme(name: name, styles: styles)
    }

    private struct ParseFailure: Error { var message: String }

    private static func roleStyle(_ words: [String]) throws(ParseFailure) -> RoleStyle {
        guard let first = words.first else { throw ParseFailure(message: "missing color") }
        let foreground = try color(first)
        var rest = words.dropFirst()
        var background: Color?
        if rest.first == "on" {
            guard let word = rest.dropFirst().first else { throw ParseFailure(message: "missing color after 'on'") }
            background = try color(word)
            rest = rest.dropFirst(2)
        }
        var attributes: Attributes = []
        for word in rest {
            guard let attribute = Attributes.byName[word.lowercased()] else {
                throw ParseFailure(message: "unknown attribute '\(word)' (bold, underline, reverse, dim)")
            }
            attributes.insert(attribute)
        }
        return RoleStyle(foreground, on: background, attributes)
    }

    private static func color(_ word: String) throws(ParseFailure) -> Color {
        guard let color = Color(parsing: word) else {
            throw ParseFailure(message: "unknown color '\(word)' (a name, 0-255 or #rrggbb)")
        }
        return color
    }

    /// The line without its comment: `#` at the start of the line, or after a space and not
    /// followed by a hex digit (so `#rrggbb` is a color, `# note` a comment).
    private static func stripComment(_ line: Substring) -> String {
        var kept = ""
        var previous: Character = " "
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            i = line.index(after: i)
            if c == "#", previous == " ", kept.isEmpty || !(i < line.endIndex && line[i].isHexDigit) { break }
            kept.append(c == "\t" ? " " : c)
            previous = kept.last!
        }
        return kept.trimmingSpaces
    }

    private static var themableRoles: String {
        Role.allCases.filter { $0 != .qr }.map(\.rawValue).joined(separator: ", ")
    }
}

extension StringProtocol {
    /// Without the spaces, tabs and carriage returns around it.
    var trimmingSpaces: String {
        let isSpace = { (c: Character) in c == " " || c == "\t" || c == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
