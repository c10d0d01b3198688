import Foundation
import TestSupport
import Testing

/// What `scripts/install` installs runs anywhere: copied out of the tree, with no Swift runtime
/// on the library path, both binaries start and a user signs in.
extension EndToEndTests {
    /// `scripts/install .build/install`, which `scripts/test` runs before the tests.
    static var installed: URL { BuiltProducts.root.appendingPathComponent(".build/install") }

    @Test func theInstalledBinariesRunFromAnywhereWithoutTheSwiftToolchain() async throws {
        let source = Self.installed.appendingPathComponent("bin")
        guard FileManager.default.isExecutableFile(atPath: source.appendingPathComponent("authterm-server").path) else {
            throw MissingTool("\(source.path) holds no binaries: run `scripts/install .build/install` (scripts/test does)")
        }
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-anywhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        for name in ["authterm", "authterm-server"] {
            try BuiltProducts.copyExecutable(source.appendingPathComponent(name), to: elsewhere.appendingPathComponent(name))
            #expect(FileManager.default.fileExists(atPath: Self.installed.path + "/share/man/man1/\(name).1"), "its man page")
        }
        let client = elsewhere.appendingPathComponent("authterm"), server = elsewhere.appendingPathComponent("authterm-server")

        // No library of the toolchain: every one is found, and none is the Swift runtime or Foundation.
        let toolchain = URL(fileURLWithPath: try MissingTool.require("swift", package: "a Swift toolchain"))
            .resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().path
        let ldd = try MissingTool.require("ldd", package: "libc-bin")
        for binary in [client, server] {
            let libraries = try Command.check(ldd, [binary.path])
            #expect(!libraries.contains("not found"), "\(binary.lastPathComponent):\n\(libraries)")
            #expect(!libraries.contains(toolchain), "\(binary.lastPathComponent) loads from \(toolchain):\n\(libraries)")
            for runtime in ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime"] {
                #expect(!libraries.contains(runtime), "\(binary.lastPathComponent) loads \(runtime):\n\(libraries)")
            }
        }

        let env = try MissingTool.require("env", package: "coreutils")
        let version = try Command.check(env, ["-u", "LD_LIBRARY_PATH", client.path, "--version"])
        #expect(version.hasPrefix("authterm "))
        let scratch = elsewhere.appendingPathComponent("data").path
        let check = try Command.check(env, [
            "-u", "LD_LIBRARY_PATH", "XDG_CONFIG_HOME=" + scratch, server.path, "check-config",
            "--database", scratch + "/auth.sqlite", "--outbox", scratch + "/outbox",
        ])
        #expect(check.contains("totp_skew: 1"))

        // The server loads its common-password list from inside itself, the client its themes.
        let world = try await EndToEnd(serverExecutable: server)
        let terminal = try world.client(["--server", world.url, "--theme", "high-contrast"], program: client)
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Welcome, Ada Lovelace.")
        #expect(!(try terminal.screen()).contains("no such theme"))
    }
}
