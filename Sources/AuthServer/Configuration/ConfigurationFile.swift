import AuthModel
import Foundation
import Yams

/// The YAML config file of `authterm-server`: every setting of `ServerConfiguration` under its
/// snake_case name (`issuer: Example`, `remember_idle_window: 1209600`, `on_password_reset: keep-mfa`).
/// Unknown keys are refused, so a typo never goes unnoticed.
public enum ConfigurationFile {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var description: String
        /// The setting it is about, when it is about one.
        public var setting: String? = nil
    }

    /// `$XDG_CONFIG_HOME/authterm-server/config.yaml`, or `~/.config/authterm-server/config.yaml`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/authterm-server/config.yaml"
    }

    /// `configuration` with the settings of the YAML `text` applied.
    public static func apply(yaml text: String, to configuration: ServerConfiguration) throws -> ServerConfiguration {
        try apply(settings(yaml: text), to: configuration)
    }

    /// `configuration` with `KEY=VALUE` overrides applied, each value read as in the file.
    public static func apply(overrides: [String], to configuration: ServerConfiguration) throws -> ServerConfiguration {
        try apply(settings(overrides: overrides), to: configuration)
    }

    /// The settings a YAML text sets, by name.
    static func settings(yaml text: String) throws -> [String: Any] {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch {
            throw Problem(description: "The config file is not valid YAML: \(error)")
        }
        guard let loaded else { return [:] }
        guard let settings = loaded as? [String: Any] else {
            throw Problem(description: "The config file must be a mapping of settings.")
        }
        return settings
    }

    /// The settings `KEY=VALUE` overrides set, by name.
    static func settings(overrides: [String]) throws -> [String: Any] {
        var settings: [String: Any] = [:]
        for override in overrides {
            guard let equals = override.firstIndex(of: "=") else {
                throw Problem(description: "A setting is KEY=VALUE, e.g. issuer=Example: \(override)")
            }
            let value = String(override[override.index(after: equals)...])
            settings[String(override[..<equals])] = (try? Yams.load(yaml: value)).flatMap { $0 } ?? value
        }
        return settings
    }

    /// `configuration` with `settings` applied; unknown names and values of the wrong kind are refused.
    static func apply(_ settings: [String: Any], to configuration: ServerConfiguration) throws -> ServerConfiguration {
        var merged = try named(configuration)
        for (key, value) in settings {
            guard merged[key] != nil else {
                throw Problem(description: "Unknown setting \"\(key)\"; known: \(merged.keys.sorted().joined(separator: ", "))")
            }
            merged[key] = value
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(ServerConfiguration.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.dataCorrupted(context) {
            // Named as the file and --set name it: the decoder reports the property.
            let key = context.codingPath.map { WireKey.snakeCase($0.stringValue) }.joined(separator: ".")
            throw Problem(description: "The setting \"\(key)\" has a value of the wrong kind.")
        }
    }

    /// Every setting by its name, as the file writes it.
    static func named(_ configuration: ServerConfiguration) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try JSONSerialization.jsonObject(with: encoder.encode(configuration)) as? [String: Any] ?? [:]
    }
}
