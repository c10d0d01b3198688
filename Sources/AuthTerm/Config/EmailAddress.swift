/// A quick local check of an e-mail address, so an obvious typo is caught before any request.
/// The server has the last word.
public enum EmailAddress {
    public static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, text.count <= 254, !text.contains(where: \.isWhitespace) else { return false }
        let local = parts[0], domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return !local.isEmpty && local.count <= 64 && labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
