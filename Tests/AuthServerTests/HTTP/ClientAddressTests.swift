import HTTPTypes
import Testing

@testable import AuthServer

@Suite struct ClientAddressTests {
    @Test(arguments: [
        ("192.0.2.1", "192.0.2.1"), ("2001:DB8:0:0:0:0:0:1", "2001:db8::1"), ("::ffff:192.0.2.1", "192.0.2.1"),
        ("::1", "::1"),
    ])
    func addressesArePrintedCanonically(text: String, canonical: String) throws {
        #expect(try #require(IPAddress(text)).description == canonical)
    }

    @Test(arguments: ["", "192.0.2", "192.0.2.256", "2001:db8::g", "example.org", "192.0.2.1 ", "\u{1b}[2J"])
    func anythingElseIsNotAnAddress(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test func networksContainTheirAddressesOnly() throws {
        let network = try #require(IPNetwork("10.1.0.0/16"))
        #expect(network.contains(try #require(IPAddress("10.1.255.3"))))
        #expect(!network.contains(try #require(IPAddress("10.2.0.1"))))
        #expect(!network.contains(try #require(IPAddress("::a01:1"))), "another family")
        #expect(try #require(IPNetwork("2001:db8:abcd::/48")).contains(try #require(IPAddress("2001:db8:abcd:12::1"))))
        #expect(try #require(IPNetwork("192.0.2.7")).description == "192.0.2.7/32")
        for bad in ["10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "/8", "::/129"] {
            #expect(IPNetwork(bad) == nil, "\(bad)")
        }
    }

    @Test func anIPv6ClientIsKeyedByItsSlash64() throws {
        #expect(try #require(IPAddress("2001:db8:1:2:3:4:5:6")).clientKey == "2001:db8:1:2::/64")
        #expect(try #require(IPAddress("192.0.2.1")).clientKey == "192.0.2.1")
    }

    @Test func forwardedHopsAreReadFromBothHeaders() {
        #expect(ForwardedHops.xForwardedFor(["203.0.113.7, 10.0.0.2", "10.0.0.3"]) == [
            IPAddress("203.0.113.7"), IPAddress("10.0.0.2"), IPAddress("10.0.0.3"),
        ])
        #expect(ForwardedHops.forwarded([#"for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8:cafe::17]:4711""#]) == [
            IPAddress("192.0.2.60"), IPAddress("2001:db8:cafe::17"),
        ])
        #expect(ForwardedHops.forwarded(["for=unknown", "proto=https"]) == [nil, nil])
        #expect(ForwardedHops.xForwardedFor(["192.0.2.1:8080"]) == [IPAddress("192.0.2.1")])
    }

    @Test func theClientIsTheRightMostHopThatIsNotATrustedProxy() throws {
        let resolver = try ClientAddressResolver(trustedProxies: ["10.0.0.0/8", "127.0.0.1"])
        let proxy = IPAddress("127.0.0.1")
        func client(_ headers: HTTPFields, peer: IPAddress? = proxy) -> String? {
            resolver.client(peer: peer, headers: headers)?.description
        }
        #expect(client([.xForwardedFor: "198.51.100.9, 203.0.113.7, 10.0.0.2"]) == "203.0.113.7")
        #expect(client([.forwarded: "for=198.51.100.9, for=203.0.113.7", .xForwardedFor: "192.0.2.1"]) == "203.0.113.7")
        #expect(client([.xForwardedFor: "10.0.0.3, 10.0.0.2"]) == "10.0.0.3", "every hop trusted: the first")
        #expect(client([.xForwardedFor: "203.0.113.7, garbage, 10.0.0.2"]) == "10.0.0.2", "a hop that is no address")
        #expect(client([:]) == "127.0.0.1")
        #expect(client([.xForwardedFor: "203.0.113.7"], peer: IPAddress("192.0.2.50")) == "192.0.2.50", "an untrusted peer")
    }
}
