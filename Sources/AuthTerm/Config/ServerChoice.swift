import AuthModel
import FoundationEssentials

/// Where the server URL came from, in order of precedence.
public enum ServerChoice: Equatable, Sendable {
    case flag(String)
    case environment(String)
    case configFile(String)

    public var url: String {
        switch self {
        case .flag(let url), .environment(let url), .configFile(let url): url
        }
    }

    /// The first of `--server`, `AUTHTERM_SERVER` and the config file's `server` that is set.
    public static func resolve(flag: String?, environment: [String: String], configFile: String?) -> ServerChoice? {
        if let flag = nonEmpty(flag) { return .flag(flag) }
        if let value = nonEmpty(environment["AUTHTERM_SERVER"]) { return .environment(value) }
        if let value = nonEmpty(configFile) { return .configFile(value) }
        return nil
    }

    /// Said when no server was given, naming the three ways to give one.
    public static func missingMessage(_ text: Catalog) -> String { text(.noServer) }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmed, !value.isEmpty else { return nil }
        return value
    }
}
