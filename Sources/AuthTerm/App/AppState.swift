import AuthModel
import Foundation
import TerminalUI

/// Everything the app knows. `update` (AppState+Update.swift) is the only thing that changes it,
/// and `AppView` only reads it.
public struct AppState: Equatable, Sendable {
    public let settings: AppSettings
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

    public init(settings: AppSettings, screen: Screen) {
        self.settings = settings
        self.screen = screen
    }

    /// The state to start in, and what to do first: resume a remembered session if there is one.
    public static func launch(settings: AppSettings, rememberToken: String?, notice: Message? = nil)
        -> (AppState, [Effect])
    {
        guard let rememberToken else {
            var state = AppState(settings: settings, screen: .resuming(ResumingScreen()))
            state.showSignIn(message: notice)
            return (state, [])
        }
        var state = AppState(settings: settings, screen: .resuming(ResumingScreen()))
        state.message = notice
        let effects = state.send(.resumeSession(rememberToken: rememberToken))
        return (state, effects)
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
        overlay = nil
        screen = .email(EmailScreen(email: email.isEmpty ? settings.demoAccount?.email ?? "" : email))
        self.message = message
    }
}
