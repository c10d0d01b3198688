import Testing

@testable import AuthClient

@Suite struct ConnectionPolicyTests {
    let strict = ConnectionPolicy()

    @Test(arguments: ["http://127.0.0.1:8080", "http://127.1.2.3/", "http://localhost:9", "http://LOCALHOST",
                      "http://[::1]:8080/x", "https://auth.example.com", "HTTPS://10.0.0.1:443"])
    func allowedByDefault(url: String) throws {
        _ = try strict.check(url)
        #expect(strict.insecureHost(of: url) == nil)
    }

    @Test(arguments: ["http://auth.example.com", "http://10.0.0.1:8080", "http://127.0.0.1.example.com",
                      "http://[::2]/", "http://128.0.0.1", "http://localhost.example.com"])
    func plainHTTPElsewhereIsRefused(url: String) throws {
        #expect(throws: ClientError.self) { try strict.check(url) }
        let allowed = ConnectionPolicy(allowInsecureHTTP: true)
        #expect(try allowed.check(url).scheme == .http)
        #expect(allowed.insecureHost(of: url).map { url.contains($0) } == true)
    }

    @Test func refusalNamesTheHost() {
        #expect(throws: ClientError.insecureConnectionRefused(host: "auth.example.com")) {
            try strict.check("http://user@auth.example.com:80/v1")
        }
    }

    @Test(arguments: ["ftp://example.com", "file:///etc/passwd", "auth.example.com", "", "http://", "https:// /"])
    func notAServerURL(url: String) {
        #expect(throws: ClientError.invalidServerURL(url)) { try strict.check(url) }
    }
}
