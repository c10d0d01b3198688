import Foundation
import AuthClient
import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

/// The server's side of a flow test: answers each request, or leaves it in flight (nil).
typealias ScriptedAPI = (Request) -> Result<Reply, ClientError>?

/// Drives `AppState.update` the way the runtime does, without a terminal or a network:
/// requests go to a scripted API and its answers come back as events.
struct FlowDriver {
    var state: AppState
    var api: ScriptedAPI
    /// What `GET /v1/service` answers (nil: it never does).
    var service: ServiceInfo?
    /// The remember token in the remembered-session file, as `.loadRememberedToken` reads it.
    var rememberedFile: String?
    /// Every request sent, in order.
    private(set) var sent: [Request] = []
    /// Every effect other than sending and the loads answered here, in order.
    private(set) var effects: [Effect] = []

    init(settings: AppSettings = AppSettings(server: "https://auth.example.com"), rememberToken: String? = nil,
         service: ServiceInfo? = nil, api: @escaping ScriptedAPI) {
        self.api = api
        self.service = service
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

    /// A click on the hit area `target` of the screen as drawn at 80x24; it must be on screen.
    mutating func click(_ target: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = AppView(state).rendered(size: Size(width: 80, height: 24))
        #expect(frame.hitAreas.contains { $0.id == target }, "\(target) is on screen", sourceLocation: sourceLocation)
        send(.input(.click(target)))
    }

    private mutating func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .send(let request):
                sent.append(request)
                if let answer = api(request) { send(.replied(answer)) }
            case .loadService:
                if let service { send(.serviceLoaded(service)) }
            case .loadRememberedToken:
                send(.rememberedTokenLoaded(rememberedFile))
            default:
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

