import Logging
import NIOCore
import NIOSSH

/// Logs what ends a connection unexpectedly (a broken handshake, a reset) and closes it.
final class ConnectionErrors: ChannelInboundHandler {
    typealias InboundIn = Any

    private let peer: String
    private let logger: Logger

    init(peer: String, logger: Logger) {
        self.peer = peer
        self.logger = logger
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // The library's error kind only: its details may quote what the client sent.
        let kind = (error as? NIOSSHError).map { "\($0.type)" } ?? "\(type(of: error))"
        logger.info("\(peer): connection closed after an error (\(kind))")
        context.close(promise: nil)
    }
}
