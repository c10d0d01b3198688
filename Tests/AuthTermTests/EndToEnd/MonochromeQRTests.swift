import Foundation
import TestSupport
import Testing

/// Without colors the registration code takes the terminal's own two colors, which are the right
/// way round on a dark scheme only: the client asks the terminal for its background (OSC 11), and
/// where nothing answers, `i` inverts the code.
extension EndToEndTests {
    /// Signs in with `--no-color` and shows the registration code.
    static func monochromeScanStep(_ world: EndToEnd, tmuxOptions: [String: String] = [:]) throws -> TmuxSession {
        let terminal = try world.client(["--server", world.url, "--no-color"], tmuxOptions: tmuxOptions)
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Welcome, Ada Lovelace.")
        try EndToEnd.openMFA(terminal)
        try terminal.press("s", until: "1. Install an authenticator app")
        try terminal.press("Enter", until: AuthenticatorApp.scanTitle)
        return terminal
    }

    @Test func theInvertKeyMakesTheCodeScanOnALightSchemeThatDidNotAnswer() async throws {
        let world = try await EndToEnd()
        let terminal = try Self.monochromeScanStep(world)
        let screen = try terminal.waitFor("i invert")
        #expect(screen.contains("i invert"), "the footer names the key")
        let secret = try AuthenticatorApp.scan(terminal, account: EndToEnd.email, scheme: .dark)
        #expect(throws: (any Error).self, "inverted on a light scheme") {
            try AuthenticatorApp.scan(terminal, account: EndToEnd.email, scheme: .light)
        }
        let before = try terminal.picture()
        try terminal.keys("i")
        try terminal.waitForScreen { _ in (try? terminal.picture()) != before }
        #expect(try AuthenticatorApp.scan(terminal, account: EndToEnd.email, scheme: .light) == secret)
        try terminal.keys("i")
        try terminal.waitForScreen { _ in (try? terminal.picture()) == before }
        #expect(try AuthenticatorApp.scan(terminal, account: EndToEnd.email, scheme: .dark) == secret, "i again undoes it")
    }

    /// tmux answers OSC 11 when its window style names the background: a light one is drawn
    /// dark on light without a key.
    @Test func aLightBackgroundTheTerminalReportsGetsDarkModules() async throws {
        let world = try await EndToEnd()
        let terminal = try Self.monochromeScanStep(world, tmuxOptions: ["window-style": "bg=#fdf6e3"])
        _ = try AuthenticatorApp.scan(terminal, account: EndToEnd.email, scheme: .light)
    }
}
