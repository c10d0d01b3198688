@preconcurrency import CCurl
import Foundation
import Testing

@testable import AuthClient

/// The failures that cannot be provoked on loopback, mapped from curl's codes.
@Suite struct CurlFailureTests {
    func failure(_ code: CURLcode, errno: Int32 = 0, exceeded: Bool = false) -> ClientError {
        CurlFailure(code: code, osErrno: Int(errno), message: "curl says", host: "h", exceededBodyLimit: exceeded,
                    bodyLimit: 10).clientError
    }

    @Test func networkFailures() {
        #expect(failure(CURLE_COULDNT_RESOLVE_HOST) == .hostNotFound(host: "h"))
        #expect(failure(CURLE_COULDNT_CONNECT, errno: ENETUNREACH) == .offline)
        #expect(failure(CURLE_COULDNT_CONNECT, errno: ECONNREFUSED) == .connectionRefused(host: "h"))
        #expect(failure(CURLE_COULDNT_CONNECT, errno: EHOSTUNREACH) == .connectionFailed(host: "h", message: "curl says"))
        #expect(failure(CURLE_OPERATION_TIMEDOUT) == .timedOut)
        #expect(failure(CURLE_GOT_NOTHING) == .connectionLost)
    }

    @Test func tlsKeepsCurlsMessage() {
        #expect(failure(CURLE_PEER_FAILED_VERIFICATION) == .tls(message: "curl says"))
        #expect(failure(CURLE_SSL_CONNECT_ERROR) == .tls(message: "curl says"))
    }

    @Test func sizeCapOnlyWhenTheBufferSaysSo() {
        #expect(failure(CURLE_WRITE_ERROR, exceeded: true) == .responseTooLarge(limit: 10))
        #expect(failure(CURLE_FILESIZE_EXCEEDED) == .responseTooLarge(limit: 10))
        #expect(failure(CURLE_WRITE_ERROR) == .transport(code: Int(CURLE_WRITE_ERROR.rawValue), message: "curl says"))
    }
}
