/// The throttle keys, in one place.
enum ThrottleKey {
    /// Failures of one kind of secret for one account, by e-mail (registered or not).
    static func failures(_ kind: SecretKind, _ email: String) -> String { "failures:\(kind.rawValue):\(email)" }
    /// Failed passwords and codes from one client.
    static func addressFailures(_ origin: ClientOrigin) -> String { "address-failures:" + origin.throttleKey }
    /// Uses of an action for one account.
    static func sends(_ action: SendAction, account email: String) -> String { "sends:\(action.rawValue):\(email)" }
    /// Uses of an action from one client.
    static func sends(_ action: SendAction, address origin: ClientOrigin) -> String {
        "sends:\(action.rawValue):address:" + origin.throttleKey
    }
}
