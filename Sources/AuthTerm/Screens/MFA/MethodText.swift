import AuthModel

/// How a registered method reads in lists and messages.
extension MFAMethod {
    /// `Authenticator app` or `SMS`.
    var kindName: String { kind == .totp ? "Authenticator app" : "SMS" }

    /// The label, and for a phone its masked number: `Pixel`, `Phone (+81 •••• ••42)`.
    var name: String { destination.map { "\(label) (\($0))" } ?? label }

    /// The method in a sentence: `Authenticator app "Pixel"`, or `"Authenticator app 2"` when the
    /// label already says the kind.
    var phrase: String {
        labelSaysKind ? "\"\(name)\"" : "\(kindName) \"\(name)\""
    }

    /// The method in a list: `Authenticator app: Pixel`, or `Authenticator app 2`.
    var listName: String {
        labelSaysKind ? name : "\(kindName): \(name)"
    }

    private var labelSaysKind: Bool { label.hasPrefix(kindName) }

    /// `added 2026-11-20, last used 2026-11-21`.
    var history: String {
        "added \(DayText.of(createdAt)), " + (lastUsedAt.map { "last used \(DayText.of($0))" } ?? "not used yet")
    }
}
