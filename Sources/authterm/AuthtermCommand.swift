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
        commandName: "authterm",
        abstract: "Sign in to a service and manage its account security from the terminal.",
        discussion: """
            The server is taken from --server, else AUTHTERM_SERVER, else `server = "URL"` in \
            $XDG_CONFIG_HOME/authterm/config.toml. Keys: Tab/Shift-Tab move, Enter confirms, Esc goes back \
            or cancels, F1 or ? shows help, Ctrl-C quits. Clicks and the mouse wheel work too (--no-mouse \
            leaves the mouse to the terminal).
            """,
        subcommands: [SignOut.self, Demo.self])

    @OptionGroup var options: ClientOptions

    // Not CommandConfiguration's `version`, which every start would work out: asking libcurl its
    // version loads it.
    @Flag(help: "Show the version of authterm and of its libcurl.")
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
    static let configuration = CommandConfiguration(
        commandName: "sign-out",
        abstract: "Forget the remembered session for the server and end it on the server.")

    @OptionGroup var options: ClientOptions

    func run() async throws {
        let launch = try options.launchOptions()
        let message = await RememberedSignOut.run(launch)
        print(message)
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Try authterm against a local demo server with a demo account.",
        discussion: "Starts authterm-server (next to this program) on a free loopback port with temporary data, "
            + "and removes it all on quit, also when the terminal goes away (SIGHUP) or on SIGTERM or SIGINT. "
            + "Data left by a demo that was killed outright is removed by the next one.")

    @Option(help: "The theme: default, light, high-contrast, monochrome, or a file.")
    var theme: String?

    @Flag(help: "Use attributes only, no colors (as NO_COLOR does).")
    var noColor = false

    @Flag(help: "Leave the mouse to the terminal (its own text selection).")
    var noMouse = false

    func run() async throws {
        // A signal quits the demo as Ctrl-C does, once the server is stopped and its data removed.
        ProcessSignals.endSignalsQuit()
        defer { ProcessSignals.endIfSignalled() }
        // Without a terminal to draw on, nothing is started.
        let environment = ProcessInfo.processInfo.environment
        try ClientOptions.runReportingErrors {
            _ = try TerminalType.detect(program: "authterm demo", environment: environment)
        }
        let serverPath = URL(fileURLWithPath: CommandLine.executablePath).deletingLastPathComponent()
            .appendingPathComponent("authterm-server").path
        var server: LocalServer?
        try await ClientOptions.runReportingErrors {
            server = try await DemoServer.start(serverExecutable: serverPath)
        }
        guard let server else { return }
        defer { server.stop() }
        guard ProcessSignals.endSignal == nil else { return }
        try ClientOptions.runReportingErrors {
            try AppLauncher.run(LaunchOptions(
                server: server.url, theme: theme, noColor: noColor, mouse: !noMouse,
                demoAccount: DemoAccount(email: DemoServer.email, password: DemoServer.password),
                outbox: server.outbox))
        }
    }
}
