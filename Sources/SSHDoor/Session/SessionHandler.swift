import Logging
import NIOCore
import NIOPosix
import NIOSSH
#if canImport(Glibc)
import Glibc
#endif

/// What every session of the door shares.
struct SessionServices: Sendable {
    let configuration: DoorConfiguration
    let admission: Admission
    let logger: Logger
}

/// One SSH session channel. Turns the client's requests into `SessionState` events and carries
/// out the effects: the answers, `authterm` in a pseudo-terminal with its bytes copied both ways
/// (each side reads only while the other can take more), the resizes, the hang-up, the exit status.
final class SessionHandler: ChannelDuplexHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    /// A started child and what belongs to it.
    private struct Running {
        let child: TerminalChild
        let home: PrivateHome
        /// A descriptor of the master of its own, for resizing.
        let control: Int32
        let started = ContinuousClock.now
        var terminal: Channel?
        var relay: TerminalRelay?
    }

    private let services: SessionServices
    private let clock: ConnectionClock
    private let peer: String
    private let eventLoop: EventLoop
    private var state = SessionState()
    /// While in the pipeline; the child may outlive the channel, and its end is handled all the same.
    private var context: ChannelHandlerContext?
    private var running: Running?
    /// Whether the request being handled wants an answer.
    private var wantsReply = false
    /// A read held back until the terminal can take more.
    private var readPending = false
    /// The last output written, so the exit status follows all of it.
    private var lastWrite: EventLoopFuture<Void>?

    init(services: SessionServices, clock: ConnectionClock, peer: String, eventLoop: EventLoop) {
        self.services = services
        self.clock = clock
        self.peer = peer
        self.eventLoop = eventLoop
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        clock.add(self)
        // An end of input from the client (ssh -tt < file) must not close the channel.
        context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true).whenFailure { _ in }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        clock.remove(self)
        handle(.clientLeft)
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            let size = WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
            handle(.terminalRequested(term: request.term, size: size), wantsReply: request.wantReply)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            handle(.environmentSent(name: request.name, value: request.value), wantsReply: request.wantReply)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            handle(.windowChanged(.init(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)))
        case let request as SSHChannelRequestEvent.ShellRequest:
            handle(.shellRequested, wantsReply: request.wantReply)
        case let request as SSHChannelRequestEvent.ExecRequest:
            services.logger.notice("refused \(peer): a command (exec request)")
            handle(.commandRequested, wantsReply: request.wantReply)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            services.logger.notice("refused \(peer): the subsystem \(PlainText.forLog(request.subsystem))")
            handle(.subsystemRequested, wantsReply: request.wantReply)
        case ChannelEvent.inputClosed:
            break
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    /// The user's keys, for the terminal; nothing reaches it before the child runs.
    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let data = unwrapInboundIn(data)
        guard data.type == .channel, case .byteBuffer(let bytes) = data.data else { return }
        clock.noteInput()
        running?.terminal?.write(bytes, promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        running?.terminal?.flush()
    }

    func read(context: ChannelHandlerContext) {
        if let terminal = running?.terminal, !terminal.isWritable {
            readPending = true
        } else {
            context.read()
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { running?.relay?.resumeReading() }
        context.fireChannelWritabilityChanged()
    }

    /// A limit of the connection ended the session.
    func timeUp(_ notice: String) {
        handle(.timeUp(notice))
    }

    // MARK: What the terminal side reports

    /// Whether output should wait: the client is there and cannot take more now.
    var outputMustWait: Bool {
        guard let channel = context?.channel else { return false }
        return channel.isActive && !channel.isWritable
    }

    func showOutput(_ bytes: ByteBuffer) {
        guard let context, context.channel.isActive else { return }
        lastWrite = context.write(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(bytes))))
    }

    func flushOutput() {
        context?.flush()
    }

    func terminalBecameWritable() {
        guard readPending, let context else { return }
        readPending = false
        context.read()
    }

    func terminalClosed() {
        handle(.terminalClosed)
    }

    // MARK: Events and effects

    private func handle(_ event: SessionState.Event, wantsReply: Bool = false) {
        let outer = self.wantsReply
        self.wantsReply = wantsReply
        defer { self.wantsReply = outer }
        for effect in state.update(event) {
            perform(effect)
        }
    }

    private func perform(_ effect: SessionState.Effect) {
        switch effect {
        case .answer(let success):
            answer(success)
        case .startChild(let term, let size, let environment):
            startChild(term: term, size: size, environment: environment)
        case .resize(let size):
            if let running { PseudoTerminal.resize(running.control, to: size) }
        case .refuse(let text):
            answer(true)
            end(with: SSHChannelRequestEvent.ExitStatus(exitStatus: 1), after: show(text))
        case .hangUp:
            guard let child = running?.child else { return }
            child.signal(SIGHUP)
            eventLoop.scheduleTask(in: .seconds(5)) { child.signal(SIGKILL) }
        case .finish(let exit, let notice):
            finish(exit, notice: notice)
        }
    }

    private func answer(_ success: Bool) {
        guard wantsReply, let context else { return }
        if success {
            context.triggerUserOutboundEvent(ChannelSuccessEvent(), promise: nil)
        } else {
            context.triggerUserOutboundEvent(ChannelFailureEvent(), promise: nil)
        }
    }

    /// Writes a line of the door's own to the client's standard error, on a line of its own
    /// after the child's last output.
    private func show(_ text: String, afterOutput: Bool = false) -> EventLoopFuture<Void> {
        guard let context else { return eventLoop.makeSucceededVoidFuture() }
        let bytes = context.channel.allocator.buffer(string: "\(afterOutput ? "\r\n" : "")authterm-ssh: \(text)\r\n")
        let written = context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .stdErr, data: .byteBuffer(bytes))))
        lastWrite = written
        return written
    }

    /// Sends the exit status once `output` is out, then closes the channel.
    private func end(with exitStatus: any Sendable, after output: EventLoopFuture<Void>) {
        guard let context else { return }
        output.assumeIsolated().whenComplete { _ in
            context.triggerUserOutboundEvent(exitStatus, promise: nil)
            context.close(promise: nil)
        }
    }

    private func startChild(term: String, size: WindowSize, environment: ChildEnvironment) {
        if let refusal = services.admission.beginSession() {
            services.logger.warning("refused \(peer): \(refusal)")
            handle(.childNotStarted(refusal.description), wantsReply: wantsReply)
            return
        }
        do {
            let (started, master) = try spawn(term: term, size: size, environment: environment)
            running = started
            attach(master)
        } catch {
            services.admission.endSession()
            services.logger.error("\(peer): cannot start a session: \(error)")
            handle(.childNotStarted("The door could not start a session. Try again later."), wantsReply: wantsReply)
            return
        }
        services.logger.info("\(peer): session started, authterm process \(running?.child.pid ?? 0)")
        handle(.childStarted, wantsReply: wantsReply)
    }

    /// The child in a new pseudo-terminal and private home; returns it and the terminal's master.
    private func spawn(term: String, size: WindowSize, environment: ChildEnvironment) throws -> (Running, master: Int32) {
        let configuration = services.configuration
        let home = try PrivateHome()
        var terminal: PseudoTerminal
        do {
            terminal = try PseudoTerminal(size: size)
        } catch {
            home.remove()
            throw error
        }
        let variables = environment.variables(term: term, home: home.path)
        let session = NIOLoopBound(self, eventLoop: eventLoop)
        let child: TerminalChild
        do {
            child = try TerminalChild(executable: configuration.client, arguments: configuration.clientArguments,
                                      environment: variables, directory: home.path, terminal: terminal) { exit in
                session.eventLoop.execute { session.value.childExited(exit) }
            }
        } catch {
            terminal.close()
            home.remove()
            throw error
        }
        terminal.closeSlave()
        return (Running(child: child, home: home, control: dup(terminal.master)), terminal.master)
    }

    /// Copies between the terminal's master and this channel, once the master has its channel
    /// (which may be at once).
    private func attach(_ master: Int32) {
        let relay = NIOLoopBound(TerminalRelay(session: self), eventLoop: eventLoop)
        let session = NIOLoopBound(self, eventLoop: eventLoop)
        NIOPipeBootstrap(group: eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(relay.value) }
            }
            .takingOwnershipOfDescriptor(inputOutput: master)
            .whenComplete { result in
                let session = session.value
                switch result {
                case .success(let channel):
                    session.running?.terminal = channel
                    session.running?.relay = relay.value
                case .failure(let error):
                    Glibc.close(master)
                    session.services.logger.error("\(session.peer): cannot read the terminal: \(error)")
                    session.running?.child.signal(SIGHUP)
                    session.handle(.terminalClosed)
                }
            }
    }

    private func childExited(_ exit: ChildExit) {
        handle(.childExited(exit))
        // A terminal still open without its child (something kept it) is closed a moment later.
        if let terminal = running?.terminal {
            eventLoop.scheduleTask(in: .seconds(1)) { terminal.close(promise: nil) }
        }
    }

    private func finish(_ exit: ChildExit, notice: String?) {
        guard let running else { return }
        if let context, context.channel.isActive {
            let output = notice.map { show($0, afterOutput: true) } ?? lastWrite ?? eventLoop.makeSucceededVoidFuture()
            end(with: exit.sshEvent, after: output)
        }
        Glibc.close(running.control)
        running.home.remove()
        self.running = nil
        services.admission.endSession()
        let seconds = (ContinuousClock.now - running.started).components.seconds
        services.logger.info("\(peer): session of authterm process \(running.child.pid) ended after \(seconds) s, \(exit)")
    }
}

extension ChildExit {
    /// How SSH reports it: a signal by its name (RFC 4254 names a few), anything else as a status.
    var sshEvent: any Sendable {
        switch self {
        case .exited(let status):
            return SSHChannelRequestEvent.ExitStatus(exitStatus: Int(status))
        case .signaled(let signal):
            let names: [Int32: String] = [SIGABRT: "ABRT", SIGALRM: "ALRM", SIGFPE: "FPE", SIGHUP: "HUP", SIGILL: "ILL",
                                          SIGINT: "INT", SIGKILL: "KILL", SIGPIPE: "PIPE", SIGQUIT: "QUIT",
                                          SIGSEGV: "SEGV", SIGTERM: "TERM", SIGUSR1: "USR1", SIGUSR2: "USR2"]
            guard let name = names[signal] else { return SSHChannelRequestEvent.ExitStatus(exitStatus: 128 + Int(signal)) }
            return SSHChannelRequestEvent.ExitSignal(signalName: name, errorMessage: "", language: "", dumpedCore: false)
        }
    }
}
