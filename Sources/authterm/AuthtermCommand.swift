import ArgumentParser
import AuthClient
import AuthModel
import AuthTerm
import AuthTermDemo
import FoundationEssentials
import TerminalUI

@main
struct AuthtermCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authterm", abstract: CommandText.catalog(.commandAbstract), discussion: CommandText.catalog(.commandDiscussion),
        subcommands: [SignOut.self, Demo.self])

    @OptionGroup var options: ClientOptions

    // Not CommandConfiguration's `version`, which every start would work out: asking libcurl its
    // version loads it.
    @Flag(help: ArgumentHelp(CommandText.catalog(.optionVersion)))
    var version = false

    func run() throws {
        if version {
            print("authterm \(ProductVersion.current) (\(UserAgent.libcurlVersion))")
            return
        }
        defer { ProcessSignals.endIfSignalled() }
        try ClientOptions.runReportingErrors {
            try AppLauncher.run(try options.launchOptions())
        }
    }
}

struct SignOut: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sign-out", abstract: CommandText.catalog(.signOutAbstract))

    @OptionGroup var options: ClientOptions

    func run() async throws {
        let launch = try options.launchOptions()
        let message = await RememberedSignOut.run(launch)
        print(message)
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: CommandText.catalog(.demoAbstract), discussion: CommandText.catalog(.demoDiscussion))

    @OptionGroup var display: DisplayOptions

    func run() async throws {
        // A signal quits the demo as Ctrl-C does, once the server is stopped and its data removed.
        ProcessSignals.endSignalsQuit()
        defer { ProcessSignals.endIfSignalled() }
        // Without a terminal to draw on, nothing is started.
        let environment = ProcessInfo.processInfo.environment
        try ClientOptions.runReportingErrors {
            _ = try TerminalType.detect(program: "authterm demo", environment: environment)
        }
        let config = try display.config(environment: environment)
        let language = display.language(config: config, environment: environment)
        let serverPath = URL(fileURLWithPath: CommandLine.executablePath).deletingLastPathComponent()
            .appendingPathComponent("authterm-server").path
        var server: LocalServer?
        try await ClientOptions.runReportingErrors {
            server = try await DemoServer.start(serverExecutable: serverPath, language: language.rawValue)
        }
        guard let server else { return }
        defer { server.stop() }
        guard ProcessSignals.endSignal == nil else { return }
        try ClientOptions.runReportingErrors {
            try AppLauncher.run(LaunchOptions(
                server: server.url, theme: display.theme ?? config.theme, noColor: display.noColor,
                mouse: !display.noMouse && config.mouse != false,
                demoAccount: DemoAccount(email: DemoServer.email, password: DemoServer.password),
                outbox: server.outbox, language: language))
        }
    }
}
