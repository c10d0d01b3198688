import AuthClient
import AuthTerm
import AuthTermDemo
import FoundationEssentials
import TerminalUI

/// What `authterm`, `authterm sign-out` and `authterm demo` do once their arguments are read.
enum ClientCommands {
    static func run(_ arguments: CommandArguments, environment: [String: String]) throws {
        defer { ProcessSignals.endIfSignalled() }
        try AppLauncher.run(try arguments.launchOptions(environment: environment), environment: environment)
    }

    static func signOut(_ arguments: CommandArguments, environment: [String: String]) async throws {
        let message = await RememberedSignOut.run(try arguments.launchOptions(environment: environment),
                                                  environment: environment)
        print(message)
    }

    static func demo(_ arguments: CommandArguments, environment: [String: String]) async throws {
        // A signal quits the demo as Ctrl-C does, once the server is stopped and its data removed.
        ProcessSignals.endSignalsQuit()
        defer { ProcessSignals.endIfSignalled() }
        // Without a terminal to draw on, nothing is started.
        _ = try TerminalType.detect(program: "authterm demo", environment: environment)
        let config = try arguments.config(environment: environment)
        let language = arguments.language(config: config, environment: environment)
        let serverPath = URL(fileURLWithPath: CommandLine.executablePath).deletingLastPathComponent()
            .appendingPathComponent("authterm-server").path
        let server = try await DemoServer.start(serverExecutable: serverPath, language: language.rawValue)
        defer { server.stop() }
        guard ProcessSignals.endSignal == nil else { return }
        try AppLauncher.run(LaunchOptions(
            server: server.url, theme: arguments.theme ?? config.theme, noColor: arguments.noColor,
            mouse: !arguments.noMouse && config.mouse != false,
            demoAccount: DemoAccount(email: DemoServer.email, password: DemoServer.password),
            outbox: server.outbox, language: language), environment: environment)
    }
}
