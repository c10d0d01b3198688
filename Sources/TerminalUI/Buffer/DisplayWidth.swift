import Glibc
import CCursesShims

/// How many terminal columns text takes, as the terminal itself (wcwidth) counts them.
public enum DisplayWidth {
    /// Columns for one grapheme: 1 or 2 for printable ones, 0 for a lone combining mark,
    /// nil for control characters, which are never drawn.
    public static func of(_ grapheme: Character) -> Int? {
        guard let first = grapheme.unicodeScalars.first else { return 0 }
        if first.value >= 0x20 && first.value < 0x7F { return 1 }
        if first.value < 0x20 || (first.value >= 0x7F && first.value < 0xA0) { return nil }
        let width = wcwidthUTF8(first)
        return width < 0 ? 1 : width
    }

    /// Columns for a whole string (control characters count zero).
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + (of($1) ?? 0) }
    }

    /// `wcwidth` under a UTF-8 locale for this thread only, so the answer does not depend on
    /// the process locale (tests run under "C").
    private static func wcwidthUTF8(_ scalar: Unicode.Scalar) -> Int {
        guard let locale = utf8Locale.value else { return 1 }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        return Int(authterm_wcwidth(scalar.value))
    }

    private static let utf8Locale = LocaleHandle()
}

/// A C.UTF-8 locale object, created once and never freed.
private final class LocaleHandle: @unchecked Sendable {
    let value: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
}
