import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// A client of the door that opens a session as `ssh -t` does (a pty request for an 80x24
/// xterm, then a shell) and notes when the sign-in screen's first frame has arrived.
final class SSHVisitor: Sendable {
    let connection: Channel
    /// When the TCP connection was asked for, and when the first frame had come.
    let started: ContinuousClock.Instant
    let firstFrame: EventLoopFuture<ContinuousClock.Instant>

    /// Connects to the door on loopback `port`; `firstFrame` completes once `marker` was shown.
    static func connect(port: Int, group: EventLoopGroup, marker: String) async throws -> SSHVisitor {
        let started = ContinuousClock.now
        let connection = try await ClientBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let client = SSHClientConfiguration(userAuthDelegate: NoneAuthentication(),
                                                        serverAuthDelegate: AnyHostKey())
                    try channel.pipeline.syncOperations.addHandler(
                        NIOSSHHandler(role: .client(client), allocator: channel.allocator, inboundChildChannelInitializer: nil))
                }
            }
            .connect(host: "127.0.0.1", port: port)
            .get()
        let frame = connection.eventLoop.makePromise(of: ContinuousClock.Instant.self)
        let session = connection.eventLoop.makePromise(of: Channel.self)
        connection.eventLoop.execute {
            do {
                let ssh = try connection.pipeline.syncOperations.handler(type: NIOSSHHandler.self)
                ssh.createChannel(session, channelType: .session) { child, _ in
                    child.eventLoop.makeCompletedFuture {
                        try child.pipeline.syncOperations.addHandler(TerminalSession(marker: marker, frame: frame))
                    }
                }
            } catch {
                session.fail(error)
            }
        }
        session.futureResult.whenFailure { frame.fail($0) }
        return SSHVisitor(connection: connection, started: started, firstFrame: frame.futureResult)
    }

    private init(connection: Channel, started: ContinuousClock.Instant, firstFrame: EventLoopFuture<ContinuousClock.Instant>) {
        self.connection = connection
        self.started = started
        self.firstFrame = firstFrame
    }

    func close() {
        connection.close(promise: nil)
    }
}

/// Asks for a terminal and a shell, then waits for `marker` in what the session shows.
private final class TerminalSession: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData

    private let marker: [UInt8]
    private let frame: EventLoopPromise<ContinuousClock.Instant>
    private var shown: [UInt8] = []
    private var seen = false

    init(marker: String, frame: EventLoopPromise<ContinuousClock.Instant>) {
        self.marker = Array(marker.utf8)
        self.frame = frame
    }

    func channelActive(context: ChannelHandlerContext) {
        let terminal = SSHChannelRequestEvent.PseudoTerminalRequest(
            wantReply: true, term: "xterm-256color", terminalCharacterWidth: 80, terminalRowHeight: 24,
            terminalPixelWidth: 0, terminalPixelHeight: 0, terminalModes: SSHTerminalModes([:]))
        context.triggerUserOutboundEvent(terminal, promise: nil)
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ShellRequest(wantReply: true), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !seen, case .byteBuffer(let bytes) = unwrapInboundIn(data).data else { return }
        shown += bytes.readableBytesView
        if shown.firstRange(of: marker) != nil {
            seen = true
            frame.succeed(.now)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if !seen { frame.fail(ChannelError.eof) }
        context.fireChannelInactive()
    }
}

/// The door accepts `none`, as it does for OpenSSH's client.
private final class NoneAuthentication: NIOSSHClientUserAuthenticationDelegate {
    private var offered = false

    func nextAuthenticationType(availableMethods: NIOSSHAvailableUserAuthenticationMethods,
                                nextChallengePromise: EventLoopPromise<NIOSSHUserAuthenticationOffer?>) {
        guard !offered else { return nextChallengePromise.succeed(nil) }
        offered = true
        nextChallengePromise.succeed(.init(username: "benchmark", serviceName: "", offer: .none))
    }
}

/// The door's key is the one just created on loopback.
private final class AnyHostKey: NIOSSHClientServerAuthenticationDelegate {
    func validateHostKey(hostKey: NIOSSHPublicKey, validationCompletePromise: EventLoopPromise<Void>) {
        validationCompletePromise.succeed(())
    }
}
