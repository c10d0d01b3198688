import AuthModel
import Foundation
import Hummingbird
import Testing

@testable import AuthServer

/// Behind a reverse proxy every request comes from the proxy: the server takes the client from
/// the proxy's headers, and only from a proxy it trusts.
@Suite struct ProxyTests {
    /// Wrong passwords for unknown accounts (no account lock) from `client`, until the address limit of 3.
    static func guess(_ api: APIClient, as client: String?, index: Int) async throws -> APIClient.Reply {
        var headers: HTTPFields = [:]
        headers[.xForwardedFor] = client
        return try await api.tryPassword("wrong-password-1", for: "user\(index)@example.com", headers: headers)
    }

    @Test func anUntrustedPeerCannotChooseItsAddress() async throws {
        let server = try await TestServer { $0.addressFailureLimit = 3 }
        try await server.run { api in
            for index in 0..<3 {
                #expect(try await Self.guess(api, as: "198.51.100.\(index)", index: index).error?.code == .invalidCredentials)
            }
            #expect(try await Self.guess(api, as: "198.51.100.99", index: 3).error?.code == .rateLimited)
            let addresses = Set(try await server.services.store.auditEvents(userID: nil, limit: 10).compactMap(\.clientAddress))
            #expect(addresses == ["127.0.0.1"])
        }
    }

    @Test func clientsBehindATrustedProxyEachHaveTheirOwnLimits() async throws {
        let server = try await TestServer { $0.addressFailureLimit = 3; $0.trustedProxies = ["10.0.0.0/8", "127.0.0.1"] }
        try await server.run { api in
            for index in 0..<3 {
                #expect(try await Self.guess(api, as: "203.0.113.7", index: index).error?.code == .invalidCredentials)
            }
            #expect(try await Self.guess(api, as: "203.0.113.7", index: 3).error?.code == .rateLimited)
            // Another client of the same proxy is not held back; nor is the first one by a hop it wrote itself.
            #expect(try await Self.guess(api, as: "198.51.100.2", index: 4).error?.code == .invalidCredentials)
            #expect(try await Self.guess(api, as: "198.51.100.9, 203.0.113.7", index: 5).error?.code == .rateLimited)
            // Two trusted proxies in a row: the client is the first hop neither of them is.
            #expect(try await Self.guess(api, as: "203.0.113.7, 10.1.2.3", index: 6).error?.code == .rateLimited)
            let addresses = Set(try await server.services.store.auditEvents(userID: nil, limit: 20).compactMap(\.clientAddress))
            #expect(addresses == ["203.0.113.7", "198.51.100.2"])
        }
    }

    /// An IPv6 client usually holds a whole /64: its addresses share one limit.
    @Test func ipv6ClientsAreCountedBySlash64() async throws {
        let server = try await TestServer { $0.addressFailureLimit = 2; $0.trustedProxies = ["127.0.0.1"] }
        try await server.run { api throws in
            #expect(try await Self.guess(api, as: "2001:db8:1:2::1", index: 0).error?.code == .invalidCredentials)
            #expect(try await Self.guess(api, as: "2001:db8:1:2:ffff::9", index: 1).error?.code == .invalidCredentials)
            #expect(try await Self.guess(api, as: "2001:db8:1:2::abcd", index: 2).error?.code == .rateLimited)
            #expect(try await Self.guess(api, as: "2001:db8:1:3::1", index: 3).error?.code == .invalidCredentials)
        }
    }

    @Test func aTrustedProxyListThatIsNotAddressesIsRefused() async throws {
        let server = try await TestServer { $0.trustedProxies = ["10.0.0.0/8", "proxy.example.org"] }
        #expect(throws: ConfigurationFile.Problem.self) {
            _ = try ServerApplication.router(services: server.services)
        }
    }
}
