import Foundation
import AuthClient
import AuthModel
import TerminalUI

@testable import AuthTerm

/// The server's side of a flow test: answers each request, or leaves it in flight (nil).
typealias ScriptedAPI = (Request) -> Result<Reply, ClientError>?

/// Drives `AppState.update` the way the runtime does, without a terminal or a network:
/// requests go to a scripted API and its answers come back as events.
struct FlowDriver {
    var state: AppState
    var api: ScriptedAPI
    /// Every request sent, in order.
    private(set) var sent: [Request] = []
    /// Every effect other than sending, in order.
    private(set) var effects: [Effect] = []

    init(settings: AppSettings = AppSettings(server: "https://auth.example.com"), rememberToken: String? = nil,
         api: @escaping ScriptedAPI) {
        self.api = api
        let (state, effects) = AppState.launch(settings: settings, rememberToken: rememberToken)
        self.state = state
        perform(effects)
    }

    mutating func type(_ text: String) {
        for character in text { send(.input(.key(.character(character)))) }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.input(.key(key))) }
    }

    mutating func paste(_ text: String) {
        send(.input(.paste(text)))
    }

    mutating func send(_ event: AppEvent) {
        perform(state.update(event))
    }

    private mutating func perform(_ effects: [Effect]) {
        for effect in effects {
            if case .send(let request) = effect {
                sent.append(request)
                if let answer = api(request) { send(.replied(answer)) }
            } else {
                self.effects.append(effect)
            }
        }
    }

    /// The screen as text at 80x24.
    var screenText: String {
        AppView(state).rendered(size: Size(width: 80, height: 24)).textLines.joined(separator: "\n")
    }
}

/// Sample answers of the API.
enum Samples {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)
    static let flow = StartSignInResponse(flow: "flow-1", expiresAt: date)
    static let session = Session(token: "session-token", expiresAt: date)
    static let rememberedSession = Session(
        token: "session-token", expiresAt: date, rememberToken: "remember-2", rememberExpiresAt: date)
    static let authenticator = SignInMethod(id: "m-totp", kind: .totp, label: "Pixel")
    static let phone = SignInMethod(id: "m-sms", kind: .sms, label: "Phone", destination: "+81 •••• ••42")
    static let account = Account(
        email: "ada@example.com", displayName: "Ada Lovelace",
        mfa: MFAStatus(enabled: false, methods: [], recoveryCodesRemaining: 0), createdAt: date)

    static func serverError(_ code: ErrorCode, retryAfter: Int? = nil, attemptsLeft: Int? = nil) -> ClientError {
        .server(ErrorBody(code: code, message: "", retryAfter: retryAfter, attemptsLeft: attemptsLeft))
    }
}

