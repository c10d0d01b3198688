import Foundation
import Logging
import NIOCore
import NIOSSH

/// SSH user authentication that stands in for nothing: anyone enters, under any user name, and
/// signs in in authterm itself. OpenSSH's client asks with the `none` method first, which
/// succeeds, so it never prompts; a public key, if one comes, only names the connection in the
/// log. A password is never asked for nor taken.
final class AnyoneMayEnter: NIOSSHServerUserAuthenticationDelegate {
    private let peer: String
    private let logger: Logger

    init(peer: String, logger: Logger) {
        self.peer = peer
        self.logger = logger
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { .publicKey }

    func requestReceived(request: NIOSSHUserAuthenticationRequest,
                         responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        let user = PlainText.forLog(request.username)
        switch request.request {
        case .none:
            logger.info("\(peer): entered as \(user)")
            responsePromise.succeed(.success)
        case .publicKey(let offer):
            let blob = String(openSSHPublicKey: offer.publicKey).split(separator: " ").dropFirst().first
                .flatMap { Data(base64Encoded: String($0)) } ?? Data()
            logger.info("\(peer): entered as \(user) with the key \(HostKey.fingerprint(ofPublicKeyBlob: blob))")
            responsePromise.succeed(.success)
        case .password, .hostBased:
            responsePromise.succeed(.failure)
        }
    }
}
