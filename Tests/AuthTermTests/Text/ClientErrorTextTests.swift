import AuthClient
import AuthModel
import Testing

@testable import AuthTerm

/// Why a request failed, in plain words in each language.
@Suite struct ClientErrorTextTests {
    @Test(arguments: Language.allCases)
    func everyServerCodeHasItsOwnWords(language: Language) {
        let sentences = ErrorCode.allCases.map {
            Catalog(language).sentence(for: .server(ErrorBody(code: $0, message: "server words")))
        }
        #expect(Set(sentences).count == ErrorCode.allCases.count)
        #expect(!sentences.contains { $0.contains("server words") || $0.isEmpty })
    }

    @Test func waitAndAttemptsAreSpelledOut() {
        let english = Catalog(.en), japanese = Catalog(.ja)
        let locked = ClientError.server(ErrorBody(code: .locked, message: "", retryAfter: 600, attemptsLeft: nil))
        #expect(english.sentence(for: locked).hasSuffix("Try again in 10 minutes."))
        #expect(japanese.sentence(for: locked).hasSuffix("10分後にもう一度お試しください。"))
        let wrong = ClientError.server(ErrorBody(code: .invalidCode, message: "", retryAfter: 1, attemptsLeft: 1))
        #expect(english.sentence(for: wrong) == "That code is not correct. Try again in 1 second. 1 attempt left.")
        #expect(japanese.sentence(for: wrong) == "コードが正しくありません。1秒後にもう一度お試しください。あと1回試せます。")
    }

    @Test(arguments: Language.allCases)
    func networkFailuresSayWhatToDo(language: Language) {
        let text = Catalog(language)
        #expect(text.sentence(for: .hostNotFound(host: "auth.example.com")).contains("auth.example.com"))
        #expect(text.sentence(for: .tls(message: "SSL certificate problem")).contains("--ca-cert"))
        #expect(text.sentence(for: .insecureConnectionRefused(host: "10.0.0.1")).contains("--allow-insecure-http"))
        #expect(text.sentence(for: .responseTooLarge(limit: 1 << 20)).contains("1024 KiB"))
    }
}
