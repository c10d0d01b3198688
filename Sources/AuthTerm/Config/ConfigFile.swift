import AuthModel
import FoundationEssentials

/// `$XDG_CONFIG_HOME/authterm/config.toml`: `server`, `theme`, `mouse` (`"on"` or `"off"`) and
/// `lang` (`"en"` or `"ja"`), as `key = "value"` lines; `#` starts a comment.
public struct ConfigFile: Equatable, Sendable {
    public var server: String?
    public var theme: String?
    /// Whether clicks act in authterm; nil when the file does not say.
    public var mouse: Bool?
    /// The language to show, over the locale's; nil when the file does not say.
    public var lang: Language?

    public init(server: String? = nil, theme: String? = nil, mouse: Bool? = nil, lang: Language? = nil) {
        self.server = server
        self.theme = theme
        self.mouse = mouse
        self.lang = lang
    }

    /// A line the file cannot hold, named by file and line.
    public struct Problem: Error, Equatable {
        public enum Reason: Equatable, Sendable {
            case unreadable
            case notAKeyAndValue
            case unquoted(key: String)
            case mouseValue
            case langValue
            case unknownSetting(String)
        }

        public let path: String
        public let line: Int
        public let reason: Reason

        /// `config.toml:2: unknown setting colour (known: server, theme, mouse, lang)`, in the words of `text`.
        public func sentence(_ text: Catalog) -> String {
            let reason = switch reason {
            case .unreadable: text(.configUnreadable)
            case .notAKeyAndValue: text(.configNotKeyValue)
            case .unquoted(let key): text(.configUnquoted, ["key": key])
            case .mouseValue: text(.configMouseValue)
            case .langValue: text(.configLangValue)
            case .unknownSetting(let key): text(.configUnknownSetting, ["key": key, "known": "server, theme, mouse, lang"])
            }
            return "\(path):\(line): \(reason)"
        }
    }

    /// The standard location for this environment.
    public static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.config"
        return base + "/authterm/config.toml"
    }

    /// Reads the file at `path`; a missing file is an empty configuration.
    public static func load(path: String) throws(Problem) -> ConfigFile {
        guard FileManager.default.fileExists(atPath: path) else { return ConfigFile() }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Problem(path: path, line: 0, reason: .unreadable)
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws(Problem) -> ConfigFile {
        var config = ConfigFile()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmed
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let problem = { (reason: Problem.Reason) in Problem(path: path, line: index + 1, reason: reason) }
            guard let equals = line.firstIndex(of: "=") else { throw problem(.notAKeyAndValue) }
            let key = line[..<equals].trimmed
            let value = line[line.index(after: equals)...].trimmed
            guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else {
                throw problem(.unquoted(key: key))
            }
            let string = String(value.dropFirst().dropLast())
            switch key {
            case "server": config.server = string
            case "theme": config.theme = string
            case "mouse":
                guard string == "on" || string == "off" else { throw problem(.mouseValue) }
                config.mouse = string == "on"
            case "lang":
                guard let language = Language(rawValue: string) else { throw problem(.langValue) }
                config.lang = language
            default: throw problem(.unknownSetting(key))
            }
        }
        return config
    }
}
