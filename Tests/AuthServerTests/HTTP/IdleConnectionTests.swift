import Foundation
import Glibc
import Testing

@testable import AuthServer

/// A connection that sends nothing is closed after `http_idle_timeout`, so idle sockets cannot
/// pile up until the server runs out of them.
@Suite struct IdleConnectionTests {
    @Test func anIdleConnectionIsClosed() async throws {
        let server = try await TestServer { $0.httpIdleTimeout = 1 }
        try await server.run { api in
            let port = try #require(api.port)
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            try #require(socket >= 0)
            defer { close(socket) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            try #require(connected == 0)
            // Readable with nothing to read: the server hung up. Wait at most 10 s for it.
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 10_000)
            #expect(ready == 1, "the server kept the idle connection open")
            var byte: UInt8 = 0
            #expect(read(socket, &byte, 1) == 0)
        }
    }
}
