import AuthModel

/// How a registered method reads in lists and messages.
extension MFAMethod {
    /// `Authenticator app` or `SMS`.
    var kindName: String { kind == .totp ? "Authenticator app" : "SMS" }

    /// The label, and for a phone its masked number: `Pixel`, `Phone (+81 •••• ••42)`.
    var name: String { destination.map { "\(label) (\($0))" } ?? label }

    /// `added 2026-11-20, last used 2026-11-21`.
    var history: String {
        "added \(DayText.of(createdAt)), " + (lastUsedAt.map { "last used \(DayText.of($0))" } ?? "not used yet")
    }
}
