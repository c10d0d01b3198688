import AuthModel

/// The commands `authterm` answers to: the client itself and its subcommands.
public enum ClientCommand: String, CaseIterable, Sendable {
    case client = ""
    case signOut = "sign-out"
    case demo

    /// The subcommand called `name`; nil for any other word.
    static func subcommand(named name: String) -> ClientCommand? {
        name.isEmpty ? nil : ClientCommand(rawValue: name)
    }

    /// How it is called: `authterm`, `authterm sign-out`.
    var invocation: String { self == .client ? "authterm" : "authterm \(rawValue)" }

    var abstract: TextKey {
        switch self {
        case .client: .commandAbstract
        case .signOut: .signOutAbstract
        case .demo: .demoAbstract
        }
    }

    var discussion: TextKey? {
        switch self {
        case .client: .commandDiscussion
        case .signOut: nil
        case .demo: .demoDiscussion
        }
    }

    /// The options it takes, in the order its help lists them.
    var options: [ClientOption] { ClientOption.allCases.filter { $0.isTaken(by: self) } }

    var subcommands: [ClientCommand] { self == .client ? [.signOut, .demo] : [] }
}

/// An option of the command line, `--name` or `--name value` (or `--name=value`).
public enum ClientOption: String, CaseIterable, Sendable {
    case server
    case theme
    case noColor = "no-color"
    case noMouse = "no-mouse"
    case lang
    case caCert = "ca-cert"
    case allowInsecureHTTP = "allow-insecure-http"
    case version

    var flag: String { "--\(rawValue)" }

    /// What its value is, as the help shows it; nil for a flag, which takes none.
    var valueName: String? {
        switch self {
        case .server: "url"
        case .theme: "name|file"
        case .lang: "en|ja"
        case .caCert: "file"
        case .noColor, .noMouse, .allowInsecureHTTP, .version: nil
        }
    }

    /// The values it may take, when not any.
    var choices: [String]? { self == .lang ? Language.allCases.map(\.rawValue) : nil }

    var help: TextKey {
        switch self {
        case .server: .optionServer
        case .theme: .optionTheme
        case .noColor: .optionNoColor
        case .noMouse: .optionNoMouse
        case .lang: .optionLang
        case .caCert: .optionCACert
        case .allowInsecureHTTP: .optionAllowInsecureHTTP
        case .version: .optionVersion
        }
    }

    /// Whether `command` takes it: how the screens look and speak goes to every command, the
    /// server and its trust to those that talk to one.
    func isTaken(by command: ClientCommand) -> Bool {
        switch self {
        case .theme, .noColor, .noMouse, .lang: true
        case .server, .caCert, .allowInsecureHTTP: command != .demo
        case .version: command == .client
        }
    }
}

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
