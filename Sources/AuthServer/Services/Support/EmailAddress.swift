import Foundation

/// E-mail addresses as the server keeps them: trimmed, lower-cased, plausibly shaped.
enum EmailAddress {
    /// The normalized address, or `validation_failed`.
    static func normalized(_ text: String) throws -> String {
        let email = text.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.utf8.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64,
              parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              email.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 && $0.value < 127 })
        else { throw APIError(.validationFailed, "That is not an e-mail address.") }
        return email
    }
}
