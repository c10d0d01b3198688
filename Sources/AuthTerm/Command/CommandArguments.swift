import AuthModel

/// What the options of a command said: nil or false for those not given.
public struct CommandArguments: Equatable, Sendable {
    /// Each option given, with its value (empty for a flag), in the order given.
    var given: [Given] = []

    struct Given: Equatable, Sendable {
        let option: ClientOption
        let value: String
    }

    /// The value of `option`: the last one given.
    subscript(option: ClientOption) -> String? { given.last { $0.option == option }?.value }

    public var server: String? { self[.server] }
    public var theme: String? { self[.theme] }
    public var noColor: Bool { self[.noColor] != nil }
    public var noMouse: Bool { self[.noMouse] != nil }
    public var lang: Language? { self[.lang].flatMap(Language.init(rawValue:)) }
    public var caCertificate: String? { self[.caCert] }
    public var allowInsecureHTTP: Bool { self[.allowInsecureHTTP] != nil }
}
