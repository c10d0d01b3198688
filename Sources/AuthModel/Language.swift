/// The languages authterm speaks: its screens, and the mail the server sends an account.
public enum Language: String, Codable, CaseIterable, Sendable {
    case en, ja
}
