import AuthClient
import AuthModel
import AuthTerm
import FoundationEssentials
@preconcurrency import Glibc

extension CommandArguments {
    /// What to launch: the options with the environment and the config file.
    func launchOptions(environment: [String: String]) throws -> LaunchOptions {
        let config = try config(environment: environment)
        guard let choice = ServerChoice.resolve(flag: server, environment: environment, configFile: config.server) else {
            throw CommandFailure(ServerChoice.missingMessage(CommandText.catalog))
        }
        return LaunchOptions(
            server: choice.url, theme: theme ?? config.theme, caCertificate: caCertificate,
            allowInsecureHTTP: allowInsecureHTTP, noColor: noColor, mouse: !noMouse && config.mouse != false,
            language: language(config: config, environment: environment))
    }

    /// The config file, read.
    func config(environment: [String: String]) throws -> ConfigFile {
        do throws(ConfigFile.Problem) {
            return try ConfigFile.load(path: ConfigFile.defaultPath(environment: environment))
        } catch {
            throw CommandFailure(error.sentence(CommandText.catalog))
        }
    }

    func language(config: ConfigFile, environment: [String: String]) -> Language {
        LanguageChoice.resolve(flag: lang, configFile: config.lang, environment: environment)
    }
}

/// Why a command cannot start, said as it is.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension CommandLine {
    /// The environment as the C library holds it (`environ`), the first of a name counting as
    /// getenv's: what ProcessInfo says, without setting up all it knows at start. Read once.
    static let environment: [String: String] = {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let variable = String(cString: pointer)
            if let equals = variable.firstIndex(of: "="), result[String(variable[..<equals])] == nil {
                result[String(variable[..<equals])] = String(variable[variable.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }()

    /// This program's own file, resolved through /proc so a symlink or a relative call finds it.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? arguments[0]
    }
}
