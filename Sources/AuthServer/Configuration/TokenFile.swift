import Foundation

/// A credential kept in a file of its own, which a setting names (`twilio_auth_token_file`), so
/// that it never stands in the config file or on a command line.
enum TokenFile {
    /// The one token the file holds, without the line break after it.
    static func read(_ path: String, setting: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationFile.Problem(description: "The file \(path) of the setting \"\(setting)\" cannot be read.")
        }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty, !token.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F })
        else {
            throw ConfigurationFile.Problem(
                description: "The file \(path) of the setting \"\(setting)\" must hold the token alone, on one line.")
        }
        return token
    }
}
