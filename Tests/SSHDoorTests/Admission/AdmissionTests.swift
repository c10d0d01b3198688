import NIOCore
import Testing

@testable import SSHDoor

/// The door's limits on connections and sessions.
@Suite struct AdmissionTests {
    let start = ContinuousClock.now

    /// A limit of `perMinute`, and a way to ask it about `address` at `second` seconds from the start.
    func limit(_ perMinute: Int) -> (admit: (String, Int) -> Bool, clientCount: () -> Int) {
        var limit = ConnectionRateLimit(limit: perMinute)
        return ({ limit.admit($0, at: start + .seconds($1)) }, { limit.clientCount })
    }

    @Test func eachAddressGetsItsOwnSlidingMinute() {
        let (admit, _) = limit(2)
        #expect(admit("192.0.2.1", 0))
        #expect(admit("192.0.2.1", 10))
        #expect(!admit("192.0.2.1", 20), "a third in the same minute")
        #expect(admit("192.0.2.2", 20), "another address is not held back")
        #expect(!admit("192.0.2.1", 59))
        #expect(admit("192.0.2.1", 61), "the first one is a minute old")
        #expect(!admit("192.0.2.1", 62))
    }

    @Test func refusedConnectionsDoNotCountAndQuietClientsAreForgotten() {
        let (admit, clientCount) = limit(1)
        #expect(admit("192.0.2.1", 0))
        for second in 1...59 {
            #expect(!admit("192.0.2.1", second))
        }
        #expect(admit("192.0.2.1", 61), "59 refusals did not extend the wait")
        for host in 0..<1000 {
            _ = admit("198.51.100.\(host)", 62)
        }
        #expect(clientCount() == 1001)
        _ = admit("203.0.113.1", 200)
        #expect(clientCount() == 1, "clients quiet for a minute take no memory")
    }

    @Test func sessionsAreCountedDoorWide() {
        let admission = Admission(maxConnections: 10, maxSessions: 2, connectionsPerMinute: 100)
        #expect(admission.beginSession() == nil)
        #expect(admission.beginSession() == nil)
        #expect(admission.beginSession() == .full(sessions: 2))
        admission.endSession()
        #expect(admission.beginSession() == nil)
        #expect(admission.openSessions == 2)
    }

    @Test func connectionsAreCappedAndRateLimitedPerAddress() {
        let admission = Admission(maxConnections: 2, maxSessions: 1, connectionsPerMinute: 3)
        #expect(admission.beginConnection(from: "192.0.2.1", at: start) == nil)
        #expect(admission.beginConnection(from: "192.0.2.2", at: start) == nil)
        #expect(admission.beginConnection(from: "192.0.2.3", at: start) == .tooManyConnections(2))
        admission.endConnection()
        #expect(admission.beginConnection(from: "192.0.2.1", at: start) == nil)
        admission.endConnection()
        #expect(admission.beginConnection(from: "192.0.2.1", at: start) == nil)
        admission.endConnection()
        #expect(admission.beginConnection(from: "192.0.2.1", at: start) == .tooManyFromAddress(perMinute: 3))
    }

    @Test func refusalsSayWhatToDo() {
        #expect(Admission.Refusal.full(sessions: 64).description.contains("Try again in a few minutes"))
        #expect(Admission.Refusal.tooManyFromAddress(perMinute: 20).description.contains("Try again in a minute"))
    }

    @Test func clientsAreIPv4AddressesOrIPv6Networks() throws {
        #expect(ClientAddress.key(of: try SocketAddress(ipAddress: "192.0.2.7", port: 40000)) == "192.0.2.7")
        let one = ClientAddress.key(of: try SocketAddress(ipAddress: "2001:db8:1:2:aaaa::1", port: 40000))
        let sameNetwork = ClientAddress.key(of: try SocketAddress(ipAddress: "2001:db8:1:2:bbbb::9", port: 40001))
        let otherNetwork = ClientAddress.key(of: try SocketAddress(ipAddress: "2001:db8:1:3::1", port: 40000))
        #expect(one == "2001:db8:1:2::/64")
        #expect(one == sameNetwork)
        #expect(one != otherNetwork)
        #expect(ClientAddress.key(of: try SocketAddress(ipAddress: "::ffff:192.0.2.7", port: 40000)) == "192.0.2.7",
                "an IPv4 client of a dual-stack door")
    }
}
