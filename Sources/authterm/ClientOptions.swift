import ArgumentParser
import AuthTerm
import FoundationEssentials
@preconcurrency import Glibc
import TerminalUI

/// The options every command that talks to a server takes.
struct ClientOptions: ParsableArguments {
    @Option(help: "The server's address, e.g. https://auth.example.com.")
    var server: String?

    @Option(help: "The theme: default, light, high-contrast, monochrome, or a file.")
    var theme: String?

    @Option(name: .customLong("ca-cert"), help: "Trust this CA certificate file (PEM) for the server's TLS.")
    var caCertificate: String?

    @Flag(help: "Allow plain http to hosts that are not loopback addresses (not recommended).")
    var allowInsecureHttp = false

    @Flag(help: "Use attributes only, no colors (as NO_COLOR does).")
    var noColor = false

    @Flag(help: "Leave the mouse to the terminal (its own text selection); also `mouse = \"off\"` in the config file.")
    var noMouse = false

    func launchOptions(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LaunchOptions {
        let config: ConfigFile
        do {
            config = try ConfigFile.load(path: ConfigFile.defaultPath(environment: environment))
        } catch {
            throw ValidationError("\(error)")
        }
        guard let choice = ServerChoice.resolve(flag: server, environment: environment, configFile: config.server) else {
            throw ValidationError(ServerChoice.missingMessage)
        }
        return LaunchOptions(
            server: choice.url, theme: theme ?? config.theme, caCertificate: caCertificate,
            allowInsecureHTTP: allowInsecureHttp, noColor: noColor, mouse: !noMouse && config.mouse != false)
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
        fputs("authterm: \(error)\n", stderr)
        return ExitCode(error is TerminalError ? TerminalError.exitStatus : 1)
    }
}

extension CommandLine {
    /// This program's own file, resolved through /proc so a symlink or a relative call finds it.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? arguments[0]
    }
}
