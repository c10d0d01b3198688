import ArgumentParser
import AuthClient
import AuthModel
import AuthTerm
import FoundationEssentials
@preconcurrency import Glibc
import TerminalUI

extension Language: ExpressibleByArgument {}

/// The options every command that talks to a server takes.
struct ClientOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CommandText.catalog(.optionServer), valueName: "url"))
    var server: String?

    @OptionGroup var display: DisplayOptions

    @Option(name: .customLong("ca-cert"), help: ArgumentHelp(CommandText.catalog(.optionCACert), valueName: "file"))
    var caCertificate: String?

    @Flag(help: ArgumentHelp(CommandText.catalog(.optionAllowInsecureHTTP)))
    var allowInsecureHttp = false

    func launchOptions(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LaunchOptions {
        let config = try display.config(environment: environment)
        guard let choice = ServerChoice.resolve(flag: server, environment: environment, configFile: config.server) else {
            throw ValidationError(ServerChoice.missingMessage(CommandText.catalog))
        }
        return LaunchOptions(
            server: choice.url, theme: display.theme ?? config.theme, caCertificate: caCertificate,
            allowInsecureHTTP: allowInsecureHttp, noColor: display.noColor, mouse: !display.noMouse && config.mouse != false,
            language: display.language(config: config, environment: environment))
    }

    /// Runs `work`, turning any error into a plain message and exit status 1 (2 when there is no
    /// terminal to draw on) — never a stack trace.
    static func runReportingErrors(_ work: () throws -> Void) throws {
        do {
            try work()
        } catch {
            throw failure(error)
        }
    }

    static func runReportingErrors(_ work: () async throws -> Void) async throws {
        do {
            try await work()
        } catch {
            throw failure(error)
        }
    }

    private static func failure(_ error: any Error) -> ExitCode {
        let sentence = (error as? ClientError).map(CommandText.catalog.sentence(for:)) ?? "\(error)"
        fputs("authterm: \(sentence)\n", stderr)
        return ExitCode(error is TerminalError ? TerminalError.exitStatus : 1)
    }
}

/// How the screens look and what they speak: what `authterm demo` takes as well.
struct DisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CommandText.catalog(.optionTheme), valueName: "name|file"))
    var theme: String?

    @Flag(help: ArgumentHelp(CommandText.catalog(.optionNoColor)))
    var noColor = false

    @Flag(help: ArgumentHelp(CommandText.catalog(.optionNoMouse)))
    var noMouse = false

    @Option(help: ArgumentHelp(CommandText.catalog(.optionLang), valueName: "en|ja"))
    var lang: Language?

    /// The config file, read.
    func config(environment: [String: String]) throws -> ConfigFile {
        do throws(ConfigFile.Problem) {
            return try ConfigFile.load(path: ConfigFile.defaultPath(environment: environment))
        } catch {
            throw ValidationError(error.sentence(CommandText.catalog))
        }
    }

    func language(config: ConfigFile, environment: [String: String]) -> Language {
        LanguageChoice.resolve(flag: lang, configFile: config.lang, environment: environment)
    }
}

extension CommandLine {
    /// This program's own file, resolved through /proc so a symlink or a relative call finds it.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? arguments[0]
    }
}
