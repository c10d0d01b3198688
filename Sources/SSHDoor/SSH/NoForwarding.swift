import Logging
import NIOCore
import NIOSSH

/// Refuses the one global request there is, remote port forwarding (ssh -R), and logs it.
final class NoForwarding: GlobalRequestDelegate {
    struct Refused: Error {}

    private let peer: String
    private let logger: Logger

    init(peer: String, logger: Logger) {
        self.peer = peer
        self.logger = logger
    }

    func tcpForwardingRequest(_ request: GlobalRequest.TCPForwardingRequest, handler: NIOSSHHandler,
                              promise: EventLoopPromise<GlobalRequest.TCPForwardingResponse>) {
        logger.notice("refused \(peer): remote port forwarding")
        promise.fail(Refused())
    }
}
