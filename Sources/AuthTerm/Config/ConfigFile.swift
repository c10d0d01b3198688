import AuthModel
import FoundationEssentials

/// `$XDG_CONFIG_HOME/authterm/config.toml`: `server`, `theme` and `mouse` (`"on"` or `"off"`), as
/// `key = "value"` lines; `#` starts a comment.
public struct ConfigFile: Equatable, Sendable {
    public var server: String?
    public var theme: String?
    /// Whether clicks act in authterm; nil when the file does not say.
    public var mouse: Bool?

    public init(server: String? = nil, theme: String? = nil, mouse: Bool? = nil) {
        self.server = server
        self.theme = theme
        self.mouse = mouse
    }

    /// A line the file cannot hold, named by file and line.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let path: String
        public let line: Int
        public let reason: String

        public var description: String { "\(path):\(line): \(reason)" }
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
            throw Problem(path: path, line: 0, reason: "cannot be read as UTF-8 text")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws(Problem) -> ConfigFile {
        var config = ConfigFile()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmed
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let problem = { (reason: String) in Problem(path: path, line: index + 1, reason: reason) }
            guard let equals = line.firstIndex(of: "=") else { throw problem("expected key = \"value\"") }
            let key = line[..<equals].trimmed
            let value = line[line.index(after: equals)...].trimmed
            guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else {
                throw problem("the value of \(key) must be in double quotes")
            }
            let string = String(value.dropFirst().dropLast())
            switch key {
            case "server": config.server = string
            case "theme": config.theme = string
            case "mouse":
                guard string == "on" || string == "off" else { throw problem("mouse is \"on\" or \"off\"") }
                config.mouse = string == "on"
            default: throw problem("unknown setting \(key) (known: server, theme, mouse)")
            }
        }
        return config
    }
}
