import Foundation
import TestSupport
import Testing

/// Ctrl-Z and `fg` in an interactive shell, as people suspend a full-screen program.
extension EndToEndTests {
    @Test func ctrlZGivesTheTerminalBackAndFgGoesOnWithWhatWasTyped() async throws {
        let world = try await EndToEnd()
        let terminal = try TmuxSession(command: "env -u NO_COLOR PS1='shell$ ' bash --norc --noprofile -i")
        try terminal.waitFor("shell$")
        try terminal.type(try world.commandLine())
        try terminal.keys("Enter")
        try terminal.waitFor("E-mail address")
        try terminal.type(EndToEnd.email)
        try terminal.press("Enter", until: "Forgot Password?")
        try terminal.type("violet-harbor")
        try terminal.waitFor("•••••••••••••")

        try terminal.keys("C-z")
        try terminal.waitFor("Stopped")
        #expect(try terminal.format("#{alternate_on}") == "0", "the main screen is back")
        #expect(try terminal.format("#{cursor_flag}") == "1", "the cursor shows")
        #expect(try terminal.format("#{mouse_sgr_flag}") == "0", "the mouse is the terminal's again")
        try terminal.type("stty -a | tr -s ' ;' '\\n' | grep -E '^-?(echo|icanon)$' | tr '\\n' ' '; echo MODES-END")
        try terminal.keys("Enter")
        // The line stty's modes are printed on, not the command line typed.
        let printed = { (screen: String) in screen.split(separator: "\n").last { $0.hasSuffix("MODES-END") && !$0.contains("stty") } }
        let stopped = try terminal.waitForScreen { printed($0) != nil }
        let modes = printed(stopped)?.split(separator: " ") ?? []
        #expect(modes.contains("echo") && modes.contains("icanon"), "cooked mode while stopped: \(stopped)")

        // The window changes while the program is stopped: `fg` draws at the new size.
        try terminal.resize(width: 110, height: 36)
        try terminal.type("fg")
        try terminal.keys("Enter")
        let back = try Self.waitForLayout(terminal, width: 110, height: 36)
        #expect(back.contains("Forgot Password?"))
        #expect(back.contains("•••••••••••••") && !back.contains("violet-harbor"), "the typing is kept, and hidden:\n\(back)")
        #expect(try terminal.format("#{alternate_on}") == "1")
        try terminal.type("-lantern-47")
        try terminal.press("Enter", until: "Welcome, Ada Lovelace.")
    }
}
