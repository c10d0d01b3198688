import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH

/// The SSH door: an SSH server whose every session is `authterm` in a pseudo-terminal of its own.
/// `start()` listens; `stop()` ends every session with a notice and waits for them.
public final class Door: Sendable {
    private let configuration: DoorConfiguration
    private let hostKey: HostKey
    private let logger: Logger
    private let admission: Admission
    private let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
    private let listener = NIOLockedValueBox<Channel?>(nil)
    /// The connections open now, by their clocks, to end them on `stop()`.
    private let connections = NIOLockedValueBox<[ObjectIdentifier: NIOLoopBound<ConnectionClock>]>([:])

    public init(configuration: DoorConfiguration, hostKey: HostKey, logger: Logger) {
        self.configuration = configuration
        self.hostKey = hostKey
        self.logger = logger
        admission = Admission(maxConnections: configuration.maxConnections, maxSessions: configuration.maxSessions,
                              connectionsPerMinute: configuration.connectionsPerMinute)
    }

    /// Listens on the configured address; returns the address and port it got. Synchronous, so
    /// that a caller can bind a privileged port and then give up root before anything else runs.
    public func start() throws -> ListenAddress {
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture { try self.admit(channel) }
            }
            .bind(host: configuration.listen.host, port: configuration.listen.port)
            .wait()
        listener.withLockedValue { $0 = channel }
        return ListenAddress(host: configuration.listen.host, port: channel.localAddress?.port ?? configuration.listen.port)
    }

    /// Stops listening and ends every session as a limit would, with a notice: the children get
    /// SIGHUP, restore their terminals, and the clients get their exit status. Waits up to
    /// `patience` for the connections to close and every session to be over (its child reaped,
    /// its home removed, even when its client left first), then closes what is left.
    public func stop(patience: Duration = .seconds(10)) {
        try? listener.withLockedValue { $0 }?.close().wait()
        for clock in connections.withLockedValue({ Array($0.values) }) {
            clock.eventLoop.execute { clock.value.end("The door was stopped. Try again in a few minutes.") }
        }
        let deadline = ContinuousClock.now + patience
        while !(connections.withLockedValue(\.isEmpty) && admission.openSessions == 0) && ContinuousClock.now < deadline {
            usleep(20_000)
        }
        try? group.syncShutdownGracefully()
    }

    /// Sets up a new connection, or turns it away with a line saying why.
    private func admit(_ channel: Channel) throws {
        let peer = channel.remoteAddress.map { "\($0.ipAddress ?? "?"):\($0.port ?? 0)" } ?? "?"
        if let refusal = admission.beginConnection(from: ClientAddress.key(of: channel.remoteAddress)) {
            logger.warning("refused \(peer): \(refusal)")
            try channel.pipeline.syncOperations.addHandler(ConnectionRefusal(text: refusal.description))
            return
        }
        logger.info("\(peer): connected")
        let services = SessionServices(configuration: configuration, admission: admission, logger: logger)
        let clock = ConnectionClock(idleTimeout: configuration.idleTimeout, maxLength: configuration.maxSessionLength) {
            [logger] notice in logger.notice("\(peer): \(notice)")
        }
        let id = ObjectIdentifier(channel)
        connections.withLockedValue { $0[id] = NIOLoopBound(clock, eventLoop: channel.eventLoop) }
        channel.closeFuture.whenComplete { [admission, connections, logger] _ in
            admission.endConnection()
            connections.withLockedValue { $0[id] = nil }
            logger.info("\(peer): disconnected")
        }
        let server = SSHServerConfiguration(hostKeys: [hostKey.sshKey],
                                            userAuthDelegate: AnyoneMayEnter(peer: peer, logger: logger),
                                            globalRequestDelegate: NoForwarding(peer: peer, logger: logger))
        let ssh = NIOSSHHandler(role: .server(server), allocator: channel.allocator) { [logger] child, type in
            guard case .session = type else {
                logger.notice("refused \(peer): port forwarding")
                return child.eventLoop.makeFailedFuture(NoForwarding.Refused())
            }
            return child.eventLoop.makeCompletedFuture {
                try child.pipeline.syncOperations.addHandler(
                    SessionHandler(services: services, clock: clock, peer: peer, eventLoop: child.eventLoop))
            }
        }
        try channel.pipeline.syncOperations.addHandlers([clock, ssh, ConnectionErrors(peer: peer, logger: logger)])
    }
}
