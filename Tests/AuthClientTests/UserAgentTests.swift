import AuthClient
import AuthModel
import Testing

@Suite struct UserAgentTests {
    @Test func namesTheProductAndVersion() {
        #expect(UserAgent.value == "authterm/\(ProductVersion.current)")
    }

    @Test func reportsTheLinkedLibcurl() {
        #expect(UserAgent.libcurlVersion.hasPrefix("libcurl/"))
    }
}
