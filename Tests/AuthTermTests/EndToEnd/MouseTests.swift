import Foundation
import TestSupport
import Testing

/// Clicks and the wheel, sent into the pane as the terminal's own mouse reports (SGR).
extension EndToEndTests {
    @Test func clicksActOnEveryKindOfControl() async throws {
        let world = try await EndToEnd()
        let secret = try await world.enableAuthenticator()
        let terminal = try world.client(size: (80, 24))

        // A button (with nothing typed), a field, the button again.
        try terminal.click(on: "[ Next ]", until: "Enter an e-mail address such as name@example.com.")
        try terminal.click(on: "name@example.com", until: "E-mail address")
        try terminal.waitForScreen { !$0.contains("│ name@example.com") }
        try terminal.type(EndToEnd.email)
        try terminal.click(on: "[ Next ]", until: "Forgot Password?")

        // A link, and back; a checkbox; the password field; Sign in.
        try terminal.click(on: "Forgot Password?", until: "─ Forgot password ─")
        try terminal.press("Escape", until: "E-mail address")
        try terminal.press("Enter", until: "Forgot Password?")
        try terminal.click(on: "[ ] Automatically sign in next time", until: "[x] Automatically sign in next time")
        try terminal.click(on: "Password", rowsBelow: 1, until: "Password")
        try terminal.type(EndToEnd.password)
        try terminal.click(on: "[ Sign in ]", until: "Enter the 6-digit code from your authenticator app")
        try terminal.type(AuthenticatorApp.code(secret, offset: 30))
        try terminal.waitFor("Welcome, Ada Lovelace.")

        // The avatar, a menu item, a row of a list.
        try terminal.click(on: "AL  Ada Lovelace", until: " Avatar Menu ")
        try terminal.click(on: "Account Settings", last: true, until: "Display name:")
        try terminal.click(on: "Multifactor Authentication", last: true, until: "Status: Enabled")

        // A dialog's answers: Cancel, then the one that removes (which the server refuses: the last method).
        try terminal.click(on: "[ Remove ]", until: "Remove Authenticator app \"Pixel\"?")
        try terminal.click(on: "[ Cancel ]", until: "Status: Enabled")
        try terminal.waitForScreen { !$0.contains("[ Cancel ]") }
        try terminal.click(on: "[ Remove ]", until: "[ Cancel ]")
        try terminal.click(on: "[ Remove ]", last: true, until: "You cannot remove your last verification method")

        // The wheel moves a list; a click opens a row.
        try terminal.press("F1", until: "> I enabled MFA and cannot sign in")
        try terminal.scroll(over: "I have a new phone")
        try terminal.waitFor("> I have a new phone")
        try terminal.scroll(over: "I lost my phone")
        try terminal.waitFor("> I lost my phone")
        try terminal.click(on: "The code is always wrong", until: "The codes follow the clock")
    }

    /// authterm asks the terminal for mouse reports (and so takes its text selection) unless
    /// told not to, by --no-mouse or the config file, and gives them back when it ends.
    @Test(arguments: [(["--no-mouse"], ""), ([], "mouse = \"off\""), ([], "")])
    func mouseReportsAreAskedForUnlessTurnedOff(flags: [String], config: String) async throws {
        let world = try await EndToEnd()
        let folder = world.home.appendingPathComponent("config/authterm")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try config.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let terminal = try world.client(["--server", world.url] + flags, size: (80, 24))
        try terminal.waitFor("E-mail address")
        let asked = flags.isEmpty && config.isEmpty
        #expect(try terminal.format("#{mouse_standard_flag}#{mouse_sgr_flag}") == (asked ? "11" : "00"))
        try terminal.keys("C-c")
        _ = try terminal.terminalModesAfterExit()
        #expect(try terminal.format("#{mouse_standard_flag}#{mouse_sgr_flag}") == "00", "given back at the end")
    }
}
