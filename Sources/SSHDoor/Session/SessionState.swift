/// One SSH session channel as the door sees it: what the client asked for and what became of it.
/// Pure: `SessionHandler` feeds it what happens and carries out the effects it returns, in order,
/// before the next event (so answers to the client's requests keep the requests' order).
struct SessionState {
    enum Event: Equatable, Sendable {
        case terminalRequested(term: String, size: WindowSize)
        case environmentSent(name: String, value: String)
        case windowChanged(WindowSize)
        case shellRequested
        case commandRequested
        case subsystemRequested
        case childStarted
        /// The child could not start; the text says why, to its user.
        case childNotStarted(String)
        case childExited(ChildExit)
        /// The terminal gave its last output.
        case terminalClosed
        case clientLeft
        /// A limit ended the session; the text tells its user which.
        case timeUp(String)
    }

    enum Effect: Equatable {
        /// Answers the request being handled, if it wants an answer.
        case answer(Bool)
        case startChild(term: String, size: WindowSize, environment: ChildEnvironment)
        case resize(WindowSize)
        /// Takes the request only to show the text and end the channel with exit status 1: ssh
        /// shows what the channel sent and exits with its status, whereas a request answered with
        /// a failure makes it exit at once, the text unshown.
        case refuse(String)
        case hangUp
        /// Shows the notice, if any, sends the child's exit status and closes the channel.
        case finish(ChildExit, notice: String?)
    }

    enum Phase: Equatable {
        /// Taking the pty request and the environment, until the shell request.
        case preparing
        case running
        /// The child was sent SIGHUP and is expected to exit.
        case hangingUp
        case over
    }

    private(set) var phase = Phase.preparing
    private var terminal: (term: String, size: WindowSize)?
    private var environment = ChildEnvironment()
    private var exit: ChildExit?
    private var terminalOpen = false
    private var notice: String?

    mutating func update(_ event: Event) -> [Effect] {
        switch (event, phase) {
        case (.terminalRequested(let term, let size), .preparing):
            terminal = (term, size)
            return [.answer(true)]
        case (.environmentSent(let name, let value), .preparing):
            return [.answer(environment.accept(name: name, value: value))]
        case (.windowChanged(let size), .preparing):
            terminal?.size = size
            return []
        case (.windowChanged(let size), .running):
            return [.resize(size)]
        case (.shellRequested, .preparing):
            guard let terminal else { return refuse(SessionText.needsTerminal) }
            return [.startChild(term: terminal.term, size: terminal.size, environment: environment)]
        case (.commandRequested, .preparing), (.subsystemRequested, .preparing):
            return refuse(SessionText.onlyTheSignInScreen)
        case (.childStarted, .preparing):
            phase = .running
            terminalOpen = true
            return [.answer(true)]
        case (.childNotStarted(let reason), .preparing):
            return refuse(reason)
        case (.childExited(let exit), .running), (.childExited(let exit), .hangingUp):
            self.exit = exit
            return finishIfDone()
        case (.terminalClosed, .running), (.terminalClosed, .hangingUp):
            terminalOpen = false
            return finishIfDone()
        case (.clientLeft, .preparing):
            phase = .over
            return []
        case (.clientLeft, .running):
            phase = .hangingUp
            return [.hangUp]
        case (.timeUp(let text), .preparing):
            return refuse(text)
        case (.timeUp(let text), .running):
            notice = text
            phase = .hangingUp
            return [.hangUp]
        case (.terminalRequested, _), (.environmentSent, _), (.shellRequested, _), (.commandRequested, _),
             (.subsystemRequested, _):
            return [.answer(false)]
        default:
            return []
        }
    }

    private mutating func refuse(_ text: String) -> [Effect] {
        phase = .over
        return [.refuse(text)]
    }

    /// The session ends once the child has exited and its terminal has no more to show.
    private mutating func finishIfDone() -> [Effect] {
        guard let exit, !terminalOpen else { return [] }
        phase = .over
        return [.finish(exit, notice: notice)]
    }
}

/// What the door tells a client whose request it does not serve.
enum SessionText {
    static let needsTerminal =
        "This door opens authterm's sign-in screen, which needs a terminal: connect with ssh -t, without -T."
    static let onlyTheSignInScreen =
        "This door runs no commands, subsystems or file transfers: connect without a command to open the sign-in screen."
}
