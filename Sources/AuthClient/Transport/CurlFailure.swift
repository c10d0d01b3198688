@preconcurrency import CCurl
import FoundationEssentials
import Glibc

/// A failed transfer as libcurl reports it, and the `ClientError` it means.
struct CurlFailure {
    let code: CURLcode
    /// The operating system's error number of the failing call (`ECONNREFUSED`, ...), 0 if none.
    let osErrno: Int
    let message: String
    let host: String
    let exceededBodyLimit: Bool
    let bodyLimit: Int

    var clientError: ClientError {
        switch code {
        case CURLE_WRITE_ERROR where exceededBodyLimit, CURLE_FILESIZE_EXCEEDED:
            .responseTooLarge(limit: bodyLimit)
        case CURLE_COULDNT_RESOLVE_HOST:
            .hostNotFound(host: host)
        case CURLE_COULDNT_CONNECT:
            connectFailure
        case CURLE_OPERATION_TIMEDOUT:
            .timedOut
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
             CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_USE_SSL_FAILED, CURLE_SSL_ENGINE_NOTFOUND,
             CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED:
            .tls(message: message)
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2,
             CURLE_HTTP2_STREAM:
            .connectionLost
        case CURLE_WEIRD_SERVER_REPLY:
            .malformedResponse(detail: message)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            .invalidServerURL(host)
        case CURLE_ABORTED_BY_CALLBACK:
            .cancelled
        default:
            .transport(code: Int(code.rawValue), message: message)
        }
    }

    private var connectFailure: ClientError {
        switch Int32(osErrno) {
        case ECONNREFUSED: .connectionRefused(host: host)
        case ENETUNREACH, ENETDOWN: .offline
        default: .connectionFailed(host: host, message: message)
        }
    }
}
