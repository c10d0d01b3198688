import Foundation
import TestSupport
import Testing

@testable import TerminalUI

/// Terminals the host does not know, and no terminal at all: the client draws on a fallback and
/// says so, or says what it needs and exits with status 2, never a blank or garbled screen.
extension EndToEndTests {
    /// TERM of a terminal whose description an SSH host often lacks. A host with them (Debian's
    /// ncurses-term) draws as TERM says, with no notice.
    @Test(arguments: ["xterm-kitty", "xterm-ghostty"])
    func anUnknownTerminalStartsOnTheFallbackWithANotice(term: String) async throws {
        let world = try await EndToEnd()
        let terminal = try world.client(environment: ["TERM": term])
        let screen = ScreenText.flat(try terminal.waitFor("E-mail address"))
        let notice = "The terminal \"\(term)\" is not known on this host: drawing as xterm-256color."
        #expect(screen.contains(notice) == (TerminalType.describe(term, descriptor: -1) == .unknown), "\(screen)")
        try terminal.type(EndToEnd.email)
        try terminal.press("Enter", until: "Forgot Password?")
    }

    /// A shell line that runs the client against a server it never reaches, then reports.
    static func clientLine(_ redirections: String, environment: String = "") throws -> String {
        let client = try BuiltProducts.release("authterm").path
        return "env -u NO_COLOR \(environment) '\(client)' --server http://127.0.0.1:9 \(redirections); echo EXIT=$?; sleep 120"
    }

    @Test func aTerminalThatCannotDrawFullScreensExitsWithStatus2() throws {
        let terminal = try TmuxSession(width: 200, command: Self.clientLine("", environment: "TERM=dumb"))
        let screen = try terminal.waitFor("EXIT=")
        #expect(screen.contains("EXIT=2"))
        #expect(ScreenText.flat(screen).contains("cannot draw full screens on the terminal \"dumb\" (TERM)"), "\(screen)")
        #expect(ScreenText.flat(screen).contains("TERM=xterm-256color authterm"), "names the fix: \(screen)")
    }

    @Test func anUnsetTERMExitsWithStatus2() throws {
        let terminal = try TmuxSession(width: 200, command: Self.clientLine("", environment: "-u TERM"))
        let screen = try terminal.waitFor("EXIT=")
        #expect(screen.contains("EXIT=2"))
        #expect(ScreenText.flat(screen).contains("TERM is not set"), "\(screen)")
    }

    /// Input from /dev/null: the message on standard error, nothing at all on standard output
    /// (the pane), and status 2 at once.
    @Test func noTerminalOnStandardInputExitsWithStatus2AndPrintsNothing() throws {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-errors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errors) }
        let terminal = try TmuxSession(width: 200, command: Self.clientLine("< /dev/null 2> '\(errors.path)'"))
        let screen = try terminal.waitFor("EXIT=")
        #expect(screen.trimmingCharacters(in: .whitespacesAndNewlines) == "EXIT=2", "nothing but the status: \(screen)")
        let message = try String(contentsOf: errors, encoding: .utf8)
        #expect(message.hasPrefix("authterm: needs a terminal, and its standard input is not one"), "\(message)")
    }

    /// Output to a file: the file stays empty, the message is on standard error, status 2.
    @Test func noTerminalOnStandardOutputExitsWithStatus2AndWritesNothing() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let terminal = try TmuxSession(width: 200, command: Self.clientLine("> '\(output.path)'"))
        let screen = try terminal.waitFor("EXIT=")
        #expect(screen.contains("EXIT=2"))
        #expect(ScreenText.flat(screen).contains("needs a terminal, and its standard output is not one"), "\(screen)")
        #expect(try Data(contentsOf: output).isEmpty, "nothing written to the file")
    }
}
