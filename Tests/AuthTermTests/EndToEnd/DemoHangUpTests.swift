import Foundation
import Glibc
import TestSupport
import Testing

@testable import AuthTermDemo

/// The demo's temporary data (database, secrets key, an outbox of codes) goes with it however
/// its terminal goes away.
extension EndToEndTests {
    /// The tmux window closed under a running demo (SIGHUP): the server stops and the folder goes.
    @Test func demoRemovesItsDataWhenItsTerminalIsClosed() async throws {
        let world = try await EndToEnd()
        let (terminal, temporary) = try world.demo()
        try terminal.waitFor("Demo account: \(DemoServer.email)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        let folder = try #require(folders.first { $0.hasPrefix(LeftoverFolders.prefix) })
        let serverRecord = try String(
            contentsOf: temporary.appendingPathComponent(folder).appendingPathComponent(LeftoverFolders.serverFile), encoding: .utf8)
        let server = try #require(ProcessIdentity(record: serverRecord))
        #expect(server.isRunning)

        terminal.kill()
        let left = { (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] }
        let deadline = Date().addingTimeInterval(15)
        while (server.isRunning || !left().isEmpty) && Date() < deadline { usleep(50_000) }
        #expect(!server.isRunning, "no demo server left")
        #expect(left().isEmpty, "no authterm-local-* folder left")
    }
}

extension EndToEnd {
    /// `authterm demo` in a terminal. It finds `authterm-server` next to itself: the release
    /// client is copied into a folder beside a link to the built server. Its temporary data goes
    /// in a TMPDIR of its own (returned), so checks of what is left see nothing of other tests.
    func demo() throws -> (terminal: TmuxSession, temporary: URL) {
        let folder = home.appendingPathComponent("bin")
        let temporary = home.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let program = folder.appendingPathComponent("authterm")
        try BuiltProducts.copyExecutable(BuiltProducts.release("authterm"), to: program)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("authterm-server"), withDestinationURL: BuiltProducts.debug("authterm-server"))
        return (try client(["demo"], program: program, environment: ["TMPDIR": temporary.path]), temporary)
    }
}
