import AuthClient
import AuthModel
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
    /// The language to show (`LanguageChoice`).
    public var language: Language

    public init(
        server: String, theme: String? = nil, caCertificate: String? = nil, allowInsecureHTTP: Bool = false,
        noColor: Bool = false, mouse: Bool = true, demoAccount: DemoAccount? = nil, outbox: String? = nil,
        language: Language = .en
    ) {
        self.server = server
        self.theme = theme
        self.caCertificate = caCertificate
        self.allowInsecureHTTP = allowInsecureHTTP
        self.noColor = noColor
        self.mouse = mouse
        self.demoAccount = demoAccount
        self.outbox = outbox
        self.language = language
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

        var terminalEnvironment = environment
        if options.noColor { terminalEnvironment["NO_COLOR"] = "1" }
        let terminal = try NcursesTerminal(type: type.name, theme: theme, environment: terminalEnvironment, mouse: options.mouse)
        defer { terminal.restore() }
        // Japanese needs a terminal that shows Unicode; without it the screens are in English and say why.
        let showsJapanese = options.language == .ja && terminal.capabilities.unicode
        let text = Catalog(options.language == .ja && !showsJapanese ? .en : options.language)
        let warning = options.language == .ja && !showsJapanese ? text(.japaneseNeedsUTF8)
            : themeProblem.map { text(.themeProblem, ["problem": "\($0)"]) }
        let (token, rememberedNotice) = rememberedToken(sessions.read(server: options.server), text: text)
        // Said on the first screen: a terminal drawn as another, a remembered session ignored.
        let standIn = type.unknownTerm.map { text(.terminalStandIn, ["term": $0.debugDescription, "fallback": type.name]) }
        let notices = [standIn, rememberedNotice?.text].compactMap { $0 }
        let notice = notices.isEmpty ? nil : Message.notice(notices.joined(separator: " "))
        var settings = AppSettings(
            server: options.server, warning: warning, demoAccount: options.demoAccount,
            mailboxFolder: options.outbox, asciiOnly: !terminal.capabilities.unicode, language: text.language)
        terminal.draw(AppView(AppState.launch(settings: settings, rememberToken: token, notice: notice).0)
            .rendered(size: terminal.size))

        let policy = ConnectionPolicy(caCertificateFile: options.caCertificate, allowInsecureHTTP: options.allowInsecureHTTP)
        _ = try policy.check(options.server)
        let transport = try HTTPTransport(configuration: TransportConfiguration(policy: policy))
        settings.warning = policy.insecureHost(of: options.server).map { text(.insecureWarning, ["host": $0]) }
            ?? settings.warning
        let (state, effects) = AppState.launch(settings: settings, rememberToken: token, notice: notice)
        AppRunner(terminal: terminal, transport: transport, sessions: sessions, state: state).run(initialEffects: effects)
    }

    /// The remember token to resume with, or a notice why the file was ignored.
    static func rememberedToken(_ lookup: RememberedSessionLookup, text: Catalog) -> (String?, Message?) {
        switch lookup {
        case .none: (nil, nil)
        case .found(let remembered):
            remembered.isExpired() ? (nil, .notice(text(.signInAgain))) : (remembered.rememberToken, nil)
        case .corrupt(let reason), .unsafe(let reason):
            (nil, .notice(text(.rememberedSessionIgnored, ["reason": reason])))
        }
    }
}
