import AuthClient
import AuthModel
import FoundationEssentials
import TerminalUI

/// Runs the app on a terminal: draws the state, waits on the keyboard and the network together,
/// feeds what happens to `update`, and carries out the effects. Everything on one thread.
public final class AppRunner {
    private let terminal: any Terminal
    private let transport: HTTPTransport
    private let api: AuthAPI
    private let sessions: RememberedSessionStore
    private var state: AppState
    private var inFlight: (id: RequestID, call: PreparedCall)?
    /// `GET /v1/service`, asked beside the requests of `update`; only its success is reported.
    private var serviceCall: (id: RequestID, call: APICall<ServiceInfo>)?
    private var isFinished = false

    public init(terminal: any Terminal, transport: HTTPTransport, sessions: RememberedSessionStore, state: AppState) {
        self.terminal = terminal
        self.transport = transport
        self.api = AuthAPI(server: state.settings.server)
        self.sessions = sessions
        self.state = state
    }

    /// Carries out `initialEffects`, then runs until the user quits.
    public func run(initialEffects: [Effect] = []) {
        perform(initialEffects)
        while !isFinished {
            terminal.draw(AppView(state).rendered(size: terminal.size))
            let waited = transport.wait(
                timeout: .milliseconds(inFlight == nil ? 1000 : 100),
                extraFileDescriptors: terminal.inputFileDescriptors)
            for completion in waited.completions {
                if let (id, call) = inFlight, completion.id == id {
                    inFlight = nil
                    dispatch(.replied(completion.result.flatMap { response in
                        Result { () throws(ClientError) in try call.decode(response) }
                    }))
                } else if let (id, call) = serviceCall, completion.id == id {
                    serviceCall = nil
                    if case .success(let response) = completion.result, let service = try? call.decode(response) {
                        dispatch(.serviceLoaded(service))
                    }
                }
            }
            // Read even when curl saw no input: it does not report a hang-up of the terminal
            // (an SSH link that drops), which the terminal turns into `.terminalClosed`. A window
            // change wakes the wait at once, and is drawn at its size on the next turn.
            for event in terminal.readEvents(timeout: .zero) { dispatch(.input(event)) }
            if inFlight != nil { dispatch(.tick) }
            dispatch(.clock(Date()))
        }
    }

    private func dispatch(_ event: AppEvent) {
        guard !isFinished else { return }
        perform(state.update(event))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .send(let request):
                let call = PreparedCall(request, api: api, sessionToken: state.session?.token)
                do {
                    inFlight = (try transport.start(call.request), call)
                } catch {
                    dispatch(.replied(.failure(error)))
                }
            case .loadService:
                let call = api.getService()
                serviceCall = (try? transport.start(call.request)).map { ($0, call) }
            case .cancelRequest:
                if let id = inFlight?.id { transport.cancel(id) }
            case .rememberSession(let token, let expiresAt):
                let remembered = RememberedSession(serverUrl: state.settings.server, rememberToken: token, expiresAt: expiresAt)
                report { () throws(SessionStoreError) in try sessions.save(remembered) }
            case .forgetSession:
                report { () throws(SessionStoreError) in try sessions.delete(server: state.settings.server) }
            case .loadRememberedToken:
                dispatch(.rememberedTokenLoaded(
                    AppLauncher.rememberedToken(sessions.read(server: state.settings.server), text: state.text).0))
            case .copyToClipboard(let text):
                terminal.copyToClipboard(text)
            case .suspend:
                terminal.suspend()
            case .loadMailbox:
                dispatch(.mailboxLoaded(state.settings.mailboxFolder.map(MailboxMessage.load) ?? []))
            case .quit:
                isFinished = true
            }
        }
    }

    /// A remembered-session file that cannot be written is reported to `update`.
    private func report(_ work: () throws(SessionStoreError) -> Void) {
        do {
            try work()
        } catch {
            dispatch(.rememberedSessionFailed(error))
        }
    }
}
