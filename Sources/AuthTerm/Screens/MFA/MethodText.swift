import AuthModel

/// How a registered method reads in lists and messages, in the words of a catalog.
extension MFAMethod {
    /// `Authenticator app` or `SMS`.
    func kindName(_ text: Catalog) -> String { text(kind == .totp ? .kindApp : .kindSMS) }

    /// The label, and for a phone its masked number: `Pixel`, `Phone (+81 •••• ••42)`.
    func name(_ text: Catalog) -> String {
        destination.map { text(.methodWithNumber, ["label": label, "number": $0]) } ?? label
    }

    /// The method in a sentence: `Authenticator app "Pixel"`, or `"Authenticator app 2"` when the
    /// label already says the kind.
    func phrase(_ text: Catalog) -> String {
        labelSaysKind(text) ? text(.quoted, ["name": name(text)])
            : text(.methodPhrase, ["kind": kindName(text), "name": name(text)])
    }

    /// The method in a list: `Authenticator app: Pixel`, or `Authenticator app 2`.
    func listName(_ text: Catalog) -> String {
        labelSaysKind(text) ? name(text) : text(.methodListName, ["kind": kindName(text), "name": name(text)])
    }

    private func labelSaysKind(_ text: Catalog) -> Bool { label.hasPrefix(kindName(text)) }

    /// `added 2026-11-20, last used 2026-11-21`.
    func history(_ text: Catalog) -> String {
        let added = text.day(createdAt)
        return lastUsedAt.map { text(.methodHistoryUsed, ["added": added, "used": text.day($0)]) }
            ?? text(.methodHistoryUnused, ["added": added])
    }
}
