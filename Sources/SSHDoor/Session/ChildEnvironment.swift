import CPseudoTerminal

/// The environment of a session's `authterm`: nothing of the door's own. TERM comes from the pty
/// request; LANG is the client's when this host has it as a UTF-8 locale, else C.UTF-8 (the QR
/// code needs UTF-8); NO_COLOR and COLORTERM pass when the client sends them; HOME is the
/// session's private folder.
struct ChildEnvironment: Equatable {
    /// What a client may set with `SendEnv`; anything else is declined.
    static let clientVariables: Set = ["LANG", "NO_COLOR", "COLORTERM"]
    static let fallbackTerm = "xterm"
    static let fallbackLanguage = "C.UTF-8"

    /// The variables the client sent and the door accepted.
    private(set) var fromClient: [String: String] = [:]

    /// Keeps `name=value` if the client may set it and the value is plain text; says whether it did.
    mutating func accept(name: String, value: String) -> Bool {
        guard Self.clientVariables.contains(name), PlainText.isPlain(value) else { return false }
        fromClient[name] = value
        return true
    }

    /// The whole environment for a child on terminal `term` with home folder `home`.
    /// `isUTF8Locale` says whether this host has a locale and that it is UTF-8.
    func variables(term: String, home: String, isUTF8Locale: (String) -> Bool = Self.hostHasUTF8Locale)
        -> [String: String] {
        var variables = fromClient
        variables["TERM"] = PlainText.isPlain(term) ? term : Self.fallbackTerm
        if let language = fromClient["LANG"], isUTF8Locale(language) {
            variables["LANG"] = language
        } else {
            variables["LANG"] = Self.fallbackLanguage
        }
        variables["HOME"] = home
        return variables
    }

    /// Whether the C library of this host can load the locale `name`, and it is UTF-8.
    static func hostHasUTF8Locale(_ name: String) -> Bool {
        authterm_locale_is_utf8(name) != 0
    }
}
