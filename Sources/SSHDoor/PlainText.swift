/// Text a client sent that the door may log or hand on: up to 64 ASCII letters, digits and
/// `._+-@`, nothing a terminal or a shell would read as more than a name.
enum PlainText {
    private static let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-@")

    static func isPlain(_ text: String) -> Bool {
        (1...64).contains(text.count) && text.allSatisfy(allowed.contains)
    }

    /// `text` for a log line, or a placeholder when it is not plain.
    static func forLog(_ text: String) -> String {
        isPlain(text) ? text : "(unprintable)"
    }
}
