import AuthClient
import FoundationEssentials
import TerminalUI

/// What `authterm` was asked to do, after its arguments, environment and config file were read.
public struct LaunchOptions: Sendable {
    public var server: String
    public var theme: String?
    public var caCertificate: String?
    public var allowInsecureHTTP: Bool
    public var noColor: Bool
    /// Clicks and the wheel act in authterm; off, the terminal keeps its own text selection.
    public var mouse: Bool
    public var demoAccount: DemoAccount?
    /// The demo server's outbox, shown by the Mailbox screen.
    public var outbox: String?

    public init(
        server: String, theme: String? = nil, caCertificate: String? = nil, allowInsecureHTTP: Bool = false,
        noColor: Bool = false, mouse: Bool = true, demoAccount: DemoAccount? = nil, outbox: String? = nil
    ) {
        self.server = server
        self.theme = theme
        self.caCertificate = caCertificate
        self.allowInsecureHTTP = allowInsecureHTTP
        self.noColor = noColor
        self.mouse = mouse
        self.demoAccount = demoAccount
        self.outbox = outbox
    }
}

/// Takes over the terminal and runs the app until the user quits; the terminal is given back
/// however it ends.
public enum AppLauncher {
    /// The first frame comes before libcurl is loaded (checking the server's address loads it):
    /// the window fills at once, and a refused address still ends with a plain error once the
    /// terminal is given back. Without a terminal it can draw on, it throws a `TerminalError`
    /// before anything is drawn. SIGHUP, SIGTERM and SIGINT quit it as Ctrl-C does; the caller
    /// cleans up, then ends by that signal with `ProcessSignals.endIfSignalled()`.
    public static func run(_ options: LaunchOptions, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws
    {
        let type = try TerminalType.detect(program: "authterm", environment: environment)
        ProcessSignals.endSignalsQuit()
        let (theme, themeProblem) = ThemeLoader(environment: environment).load(options.theme)
        let sessions = RememberedSessionStore(environment: environment)
        let (token, rememberedNotice) = rememberedToken(sessions.read(server: options.server))
        // Said on the first screen: a terminal drawn as another, a remembered session ignored.
        let notices = [type.notice, rememberedNotice?.text].compactMap { $0 }
        let notice = notices.isEmpty ? nil : Message.notice(notices.joined(separator: " "))

        var terminalEnvironment = environment
        if options.noColor { terminalEnvironment["NO_COLOR"] = "1" }
        let terminal = try NcursesTerminal(type: type.name, theme: theme, environment: terminalEnvironment, mouse: options.mouse)
        defer { terminal.restore() }
        var settings = AppSettings(
            server: options.server, warning: themeProblem.map { "Theme: \($0)" }, demoAccount: options.demoAccount,
            mailboxFolder: options.outbox, asciiOnly: !terminal.capabilities.unicode)
        terminal.draw(AppView(AppState.launch(settings: settings, rememberToken: token, notice: notice).0)
            .rendered(size: terminal.size))

        let policy = ConnectionPolicy(caCertificateFile: options.caCertificate, allowInsecureHTTP: options.allowInsecureHTTP)
        _ = try policy.check(options.server)
        let transport = try HTTPTransport(configuration: TransportConfiguration(policy: policy))
        settings.warning = policy.warning(for: options.server) ?? settings.warning
        let (state, effects) = AppState.launch(settings: settings, rememberToken: token, notice: notice)
        AppRunner(terminal: terminal, transport: transport, sessions: sessions, state: state).run(initialEffects: effects)
    }

    /// The remember token to resume with, or a notice why the file was ignored.
    static func rememberedToken(_ lookup: RememberedSessionLookup) -> (String?, Message?) {
        switch lookup {
        case .none: (nil, nil)
        case .found(let remembered): remembered.isExpired() ? (nil, .notice("Please sign in again.")) : (remembered.rememberToken, nil)
        case .corrupt(let reason): (nil, .notice("The remembered session was ignored: \(reason)"))
        case .unsafe(let reason): (nil, .notice("The remembered session was ignored: \(reason)"))
        }
    }
}
