import Foundation

/// What makes a password acceptable: its length, and that it is neither common nor built from the e-mail.
struct PasswordPolicy: Sendable {
    var minLength = 12
    var maxLength = 128
    /// Case-folded passwords that are refused.
    var commonPasswords: Set<String> = []

    /// Local parts of e-mails shorter than this are not looked for inside passwords.
    static let shortestSignificantLocalPart = 3

    /// With the common-password list of Resources/, which the server carries inside it.
    static func standard(minLength: Int = 12, maxLength: Int = 128) throws -> PasswordPolicy {
        guard let text = EmbeddedFiles.contents["common-passwords.txt"] else {
            throw PasswordListError(reason: "common-passwords.txt is missing from the server's code")
        }
        return PasswordPolicy(minLength: minLength, maxLength: maxLength, commonPasswords: parseList(text))
    }

    /// One password a line; blank lines and lines starting with `#` are skipped.
    static func parseList(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("#") }
            .map { fold(String($0)) }
            .filter { !$0.isEmpty })
    }

    /// A sentence for people saying what is wrong, or nil when acceptable.
    func violation(of password: String, email: String) -> String? {
        let folded = Self.fold(password)
        if password.count < minLength {
            return "Use at least \(minLength) characters."
        }
        if password.count > maxLength {
            return "Use at most \(maxLength) characters."
        }
        if Set(password).count == 1 {
            return "Do not repeat a single character; use a mix of characters."
        }
        if isCommon(folded) {
            return "This password is among the most common ones; choose another."
        }
        let localPart = Self.fold(String(email.split(separator: "@", maxSplits: 1).first ?? ""))
        if localPart.count >= Self.shortestSignificantLocalPart, folded.contains(localPart) {
            return "Do not use your e-mail address in your password."
        }
        return nil
    }

    /// Common as it is, or a common password followed by digits and symbols ("baseball2024!").
    private func isCommon(_ folded: String) -> Bool {
        if commonPasswords.contains(folded) { return true }
        let stem = String(folded.reversed().drop { !$0.isLetter }.reversed())
        return stem != folded && commonPasswords.contains(stem)
    }

    private static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased().trimmingCharacters(in: .whitespaces)
    }
}

struct PasswordListError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
