import Foundation

/// The settings of a command as they are put together: the defaults, then the config file, then
/// `--set` and the command's own flags. Each setting remembers where it was given, so that a
/// problem names the file (or flag) and the setting.
public struct ServerSettings: Sendable {
    public private(set) var configuration: ServerConfiguration
    /// Where each setting that is not a default was given: a file's path, `--set`, or a flag.
    private var origins: [String: String] = [:]

    public init(_ defaults: ServerConfiguration = ServerConfiguration()) {
        configuration = defaults
    }

    /// Applies the config file `path`, whose text is `yaml`.
    public mutating func apply(yaml: String, file path: String) throws {
        try apply(origin: path) { try ConfigurationFile.settings(yaml: yaml) }
    }

    /// Applies `KEY=VALUE` overrides.
    public mutating func apply(overrides: [String]) throws {
        try apply(origin: "--set") { try ConfigurationFile.settings(overrides: overrides) }
    }

    /// Sets one setting from a command's flag (`--listen`).
    public mutating func set<Value>(_ setting: WritableKeyPath<ServerConfiguration, Value>, to value: Value, key: String,
                                    flag: String) {
        configuration[keyPath: setting] = value
        origins[key] = flag
    }

    /// The configuration when every setting is as it must be (and, with `files`, every file it
    /// names can be used); otherwise one error listing every problem, each with where it was given.
    public func validated(files: Bool) throws -> ServerConfiguration {
        let problems = ConfigurationCheck.problems(configuration)
            + (files ? ConfigurationCheck.fileProblems(configuration) : [])
        guard problems.isEmpty else {
            throw ConfigurationFile.Problem(description: problems.map(described).joined(separator: "\n"))
        }
        return configuration
    }

    /// A problem with where its setting was given in front: `/etc/authterm/config.yaml: The setting …`.
    func described(_ problem: ConfigurationCheck.Problem) -> String {
        origins[problem.key].map { "\($0): \(problem.description)" } ?? problem.description
    }

    private mutating func apply(origin: String, _ settings: () throws -> [String: Any]) throws {
        do {
            let given = try settings()
            configuration = try ConfigurationFile.apply(given, to: configuration)
            for key in given.keys { origins[key] = origin }
        } catch let problem as ConfigurationFile.Problem {
            throw ConfigurationFile.Problem(description: "\(origin): \(problem.description)", setting: problem.setting)
        }
    }
}
