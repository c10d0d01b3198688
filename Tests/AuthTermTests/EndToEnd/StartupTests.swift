import Foundation
import TestSupport
import Testing

/// What the release client loads when it starts, and that a refused address still ends plainly
/// now that it is checked after the first frame.
extension EndToEndTests {
    /// Only C libraries are loaded with the program: the Swift runtime is inside it, Foundation's
    /// ICU is not in it, and libcurl (with its TLS, LDAP and Kerberos libraries) is opened when
    /// the first request needs it, after the first frame.
    @Test func theClientStartsWithoutLibcurlOrTheSwiftRuntimeLibraries() throws {
        let ldd = try MissingTool.require("ldd", package: "libc-bin")
        let libraries = try Command.run(ldd, [BuiltProducts.release("authterm").path]).output
        for absent in ["libcurl", "libswiftCore", "libFoundation", "lib_FoundationICU", "libgnutls", "libssl"] {
            #expect(!libraries.contains(absent), "\(absent) is loaded at start:\n\(libraries)")
        }
        #expect(libraries.contains("libncursesw"))
    }

    @Test func anAddressThePolicyRefusesEndsWithAPlainErrorAndASaneTerminal() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client(["--server", "http://auth.example.com"])
        let screen = try terminal.waitFor("EXIT=")
        #expect(screen.contains("plain http"), "names why: \(screen)")
        #expect(screen.contains("EXIT=1"))
        let (_, modes) = try terminal.terminalModesAfterExit()
        #expect(modes.contains("echo") && modes.contains("icanon"))
    }
}
