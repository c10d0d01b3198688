import AuthModel
import Testing

@testable import AuthClient

@Suite struct ClientErrorDescriptionTests {
    @Test func everyServerCodeHasItsOwnWords() {
        let sentences = ErrorCode.allCases.map {
            ClientError.server(ErrorBody(code: $0, message: "server words")).description
        }
        #expect(Set(sentences).count == ErrorCode.allCases.count)
        #expect(!sentences.contains { $0.contains("server words") || $0.isEmpty })
    }

    @Test func waitAndAttemptsAreSpelledOut() {
        let locked = ClientError.server(ErrorBody(code: .locked, message: "", retryAfter: 600, attemptsLeft: nil))
        #expect(locked.description.hasSuffix("Try again in 10 minutes."))
        let wrong = ClientError.server(ErrorBody(code: .invalidCode, message: "", retryAfter: 1, attemptsLeft: 1))
        #expect(wrong.description == "That code is not correct. Try again in 1 second. 1 attempt left.")
    }

    @Test func networkFailuresSayWhatToDo() {
        #expect(ClientError.hostNotFound(host: "auth.example.com").description.contains("auth.example.com"))
        #expect(ClientError.tls(message: "SSL certificate problem").description.contains("--ca-cert"))
        #expect(ClientError.insecureConnectionRefused(host: "10.0.0.1").description.contains("--allow-insecure-http"))
        #expect(ClientError.responseTooLarge(limit: 1 << 20).description.contains("1024 KiB"))
    }

    @Test func serverCodeIsOnlyForServerErrors() {
        #expect(ClientError.server(ErrorBody(code: .sessionExpired, message: "")).serverCode == .sessionExpired)
        #expect(ClientError.timedOut.serverCode == nil)
    }
}
