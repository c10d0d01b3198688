import Foundation
import Testing

@testable import AuthServer

@Suite struct ProvisioningURITests {
    @Test func isPercentEncodedAndLeavesOutWhatTheAppsAssume() {
        let uri = ProvisioningURI.totp(secret: "JBSWY3DPEHPK3PXP", issuer: "Acme Co", account: "ann+mfa@example.com")
        #expect(uri == "otpauth://totp/Acme%20Co:ann%2Bmfa@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20Co")
        let colons = ProvisioningURI.totp(secret: "A", issuer: "a:b", account: "c:d@e")
        #expect(colons.hasPrefix("otpauth://totp/a%3Ab:c%3Ad@e?"), "only the separator stays a colon")
        #expect(URLComponents(string: uri)?.queryItems?.first { $0.name == "issuer" }?.value == "Acme Co")
        let japanese = ProvisioningURI.totp(secret: "A", issuer: "大学", account: "a@b.jp")
        #expect(URLComponents(string: japanese)?.queryItems?.first { $0.name == "issuer" }?.value == "大学")
    }
}
