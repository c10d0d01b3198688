import Foundation
import Glibc
import TestSupport
import Testing

/// Runs `terminalui-demo` in a real terminal (a tmux pane): checks the screen, types into it,
/// kills it with SIGTERM and checks the terminal modes are back (echo, icanon).
@Suite(.serialized) struct TmuxDemoTests {
    @Test func demoDrawsTakesInputAndRestoresTheTerminalOnSIGTERM() throws {
        let demo = try BuiltProducts.debug("terminalui-demo")
        let session = try TmuxSession(command: "LANG=C.UTF-8 '\(demo.path)'; \(TmuxSession.reportTerminalModes)")

        let first = try session.waitFor("TerminalUI demo")
        #expect(first.contains("Tab next"))
        #expect(first.contains("[ Sign in ]"))
        #expect(first.contains("▀") && first.contains("█"), "the QR code is drawn with half blocks")

        try session.type("alice@example.com")
        try session.waitFor("alice@example.com")
        try session.keys("Tab")
        try session.type("hunter2")
        let masked = try session.waitFor("•••••••")
        #expect(!masked.contains("hunter2"))

        try session.signalChild(SIGTERM)
        let (status, modes) = try session.terminalModesAfterExit()
        #expect(status == "143")
        #expect(modes.contains("echo") && modes.contains("icanon"), "terminal modes after SIGTERM: \(modes)")
        #expect(!modes.contains("-echo") && !modes.contains("-icanon"))
    }
}
