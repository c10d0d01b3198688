import AuthModel

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
