import Foundation

/// Every setting in effect as `check-config` prints it, one `key: value` line each (a value in
/// JSON, which YAML reads too), sorted, with the passwords inside URLs masked.
public enum SettingsReport {
    public static func lines(_ configuration: ServerConfiguration) throws -> [String] {
        var settings = try ConfigurationFile.named(configuration)
        for key in ["smtp_url", "database"] {
            if let url = settings[key] as? String { settings[key] = masked(url) }
        }
        return try settings.keys.sorted().map { key in
            let value = try JSONSerialization.data(withJSONObject: settings[key]!, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
            return "\(key): \(String(decoding: value, as: UTF8.self))"
        }
    }

    /// `smtp://user:****@host` for `smtp://user:secret@host`; anything else as it is.
    static func masked(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "****"
        return components.string ?? "****"
    }
}
