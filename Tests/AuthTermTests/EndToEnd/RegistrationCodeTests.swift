import Foundation
import TestSupport
import Testing

/// The registration code where users really are: an 80x24 terminal (and the Linux console's
/// 80x25), any theme, a dark or a light color scheme, read off the pane as a phone camera sees it.
extension EndToEndTests {
    @Test(arguments: ["default", "light", "high-contrast", "monochrome"])
    func theRegistrationCodeScansAt80x24And80x25(theme: String) async throws {
        let world = try await EndToEnd()
        let terminal = try world.client(["--server", world.url, "--theme", theme], size: (80, 24))
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Welcome, Ada Lovelace.")
        try EndToEnd.openMFA(terminal)
        try terminal.press("s", until: "1. Install an authenticator app")
        try terminal.keys("Enter")
        var secrets: Set<String> = []
        for scheme in ColorScheme.all {
            secrets.insert(try AuthenticatorApp.scan(terminal, account: EndToEnd.email, scheme: scheme))
        }
        try terminal.resize(width: 80, height: 25)
        try terminal.waitForScreen { $0.components(separatedBy: "\n").count > 25 && $0.contains("Enter next") }
        for scheme in ColorScheme.all {
            secrets.insert(try AuthenticatorApp.scan(terminal, account: EndToEnd.email, scheme: scheme))
        }
        #expect(secrets.count == 1, "one enrollment, read four times")
    }

    /// Without UTF-8 the code takes two cells a module: too large for 80x24, which the screen
    /// says; at the size it names, the code scans.
    @Test func anASCIITerminalSaysWhenTheWindowIsTooSmallAndScansInALargerOne() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client(size: (80, 24), environment: ["LANG": "C"])
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Welcome, Ada Lovelace.")
        try EndToEnd.openMFA(terminal)
        try terminal.press("s", until: "1. Install an authenticator app")
        try terminal.press("Enter", until: "Enlarge the window to 82 x 43 to show the QR code")
        try terminal.resize(width: 82, height: 43)
        try terminal.waitForScreen { !$0.contains("Enlarge") && $0.contains("Enter next") }
        for scheme in ColorScheme.all {
            _ = try AuthenticatorApp.scan(terminal, account: EndToEnd.email, scheme: scheme)
        }
        #expect(try !terminal.screen().contains("█"), "ASCII only")
    }
}
