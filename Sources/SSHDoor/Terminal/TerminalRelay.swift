import NIOCore

/// The terminal's side of a session: on the channel of the pseudo-terminal's master, it hands the
/// child's output to the session and reads only while the client can take more.
final class TerminalRelay: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer

    /// Kept until the terminal closes, which the session waits for before it ends.
    private let session: SessionHandler
    private var context: ChannelHandlerContext?
    private var readPending = false

    init(session: SessionHandler) {
        self.session = session
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        session.showOutput(unwrapInboundIn(data))
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        session.flushOutput()
    }

    func read(context: ChannelHandlerContext) {
        if session.outputMustWait {
            readPending = true
        } else {
            context.read()
        }
    }

    /// The client can take more output.
    func resumeReading() {
        guard readPending, let context else { return }
        readPending = false
        context.read()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { session.terminalBecameWritable() }
        context.fireChannelWritabilityChanged()
    }

    /// The child closed the terminal (on Linux, reading the master then fails with EIO).
    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        session.terminalClosed()
        context.fireChannelInactive()
    }
}
