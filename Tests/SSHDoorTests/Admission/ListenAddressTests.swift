import Testing

@testable import SSHDoor

@Suite struct ListenAddressTests {
    @Test func parsesHostsPortsAndBracketedIPv6() {
        #expect(ListenAddress("0.0.0.0:2222") == ListenAddress(host: "0.0.0.0", port: 2222))
        #expect(ListenAddress("127.0.0.1:0") == ListenAddress(host: "127.0.0.1", port: 0))
        #expect(ListenAddress("[::1]:22") == ListenAddress(host: "::1", port: 22))
        #expect(ListenAddress(":2222") == ListenAddress(host: "0.0.0.0", port: 2222))
        #expect(ListenAddress("mfa.example.org:22")?.host == "mfa.example.org")
        #expect(ListenAddress("[::1]:22")?.description == "[::1]:22")
    }

    @Test(arguments: ["2222", "0.0.0.0", "::1:22", "host:65536", "host:-1", "host:port"])
    func refusesWhatIsNotHostAndPort(_ text: String) {
        #expect(ListenAddress(text) == nil)
    }
}
