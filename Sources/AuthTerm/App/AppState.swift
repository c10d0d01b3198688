import AuthModel
import FoundationEssentials
import TerminalUI

/// Everything the app knows. `update` (AppState+Update.swift) is the only thing that changes it,
/// and `AppView` only reads it.
public struct AppState: Equatable, Sendable {
    public let settings: AppSettings
    /// The language of every text shown: the one chosen at start, or later in Account Settings.
    public var language: Language
    public var screen: Screen
    public var overlay: Overlay?
    public var message: Message?
    /// The request in flight: the spinner shows, Esc cancels it.
    public var inFlight: Request?
    public var session: Session?
    /// The e-mail address of the sign-in under way.
    public var signInEmail = ""
    public var spinnerTick = 0
    /// The wall clock as last reported by `.clock`.
    public var now = Date(timeIntervalSince1970: 0)
    /// `authterm demo` only: the authenticator secrets enrolled in this run.
    public var demoAuthenticator = DemoAuthenticator()
    /// What the server's organization says (support, notices, links, reset policy), once it answered.
    public var service: ServiceInfo?
    /// A request that met an ended session while the session is remembered: it is renewed with
    /// the remember token, without a word, and the request sent again.
    public var renewal: SessionRenewal?

    public init(settings: AppSettings, screen: Screen) {
        self.settings = settings
        self.language = settings.language
        self.screen = screen
    }

    /// The words of the language shown now.
    var text: Catalog { Catalog(language) }

    /// The state to start in, and what to do first: ask for the service's words and resume a
    /// remembered session if there is one.
    public static func launch(settings: AppSettings, rememberToken: String?, notice: Message? = nil)
        -> (AppState, [Effect])
    {
        var state = AppState(settings: settings, screen: .resuming(ResumingScreen()))
        guard let rememberToken else {
            state.showSignIn(message: notice)
            return (state, [.loadService])
        }
        state.message = notice
        let resume = state.send(.resumeSession(rememberToken: rememberToken))
        return (state, [.loadService] + resume)
    }

    /// Marks `request` as in flight and asks the runtime to send it.
    mutating func send(_ request: Request) -> [Effect] {
        inFlight = request
        spinnerTick = 0
        return [.send(request)]
    }

    /// Back to the first sign-in screen with the e-mail address (the demo's when none is given).
    mutating func showSignIn(email: String = "", message: Message? = nil) {
        session = nil
        renewal = nil
        overlay = nil
        screen = .email(EmailScreen(email: email.isEmpty ? settings.demoAccount?.email ?? "" : email))
        self.message = message
    }
}
