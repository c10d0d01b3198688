import Foundation
import Glibc
import Testing

/// Runs `terminalui-demo` in a real terminal (a tmux pane): checks the screen, types into it,
/// kills it with SIGTERM and checks the terminal modes are back (echo, icanon).
@Suite(.serialized) struct TmuxDemoTests {
    @Test func demoDrawsTakesInputAndRestoresTheTerminalOnSIGTERM() throws {
        let tmux = try MissingTool.require("tmux", package: "tmux")
        let demo = try RepositoryFiles.executable("terminalui-demo")
        let session = TmuxSession(tmux: tmux, name: "terminalui-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { session.kill() }

        let afterDemo = "echo DEMO-EXIT=$?; stty -a | tr -s ' ;' '\\n' | grep -E '^-?(echo|icanon)$' | tr '\\n' ' '; echo; sleep 60"
        try session.start(width: 100, height: 40, command: "LANG=C.UTF-8 '\(demo.path)'; \(afterDemo)")

        let first = try session.waitForScreen { $0.contains("TerminalUI demo") }
        #expect(first.contains("Tab next"))
        #expect(first.contains("[ Sign in ]"))
        #expect(first.contains("▀") && first.contains("█"), "the QR code is drawn with half blocks")

        try session.type("alice@example.com")
        _ = try session.waitForScreen { $0.contains("alice@example.com") }
        try session.keys("Tab")
        try session.type("hunter2")
        let masked = try session.waitForScreen { $0.contains("•••••••") }
        #expect(!masked.contains("hunter2"))

        try session.signalChild(SIGTERM)
        let after = try session.waitForScreen { $0.contains("DEMO-EXIT=") && $0.contains("icanon") }
        #expect(after.contains("DEMO-EXIT=143"))
        let modes = after.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(modes.contains("echo") && modes.contains("icanon"), "terminal modes after SIGTERM: \(modes)")
        #expect(!modes.contains("-echo") && !modes.contains("-icanon"))
    }
}

/// One detached tmux session, driven through the tmux command.
struct TmuxSession {
    let tmux: String
    let name: String

    func start(width: Int, height: Int, command: String) throws {
        let status = try Command.run(tmux, ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command]).status
        if status != 0 { throw Command.Failed(description: "tmux new-session failed (\(status))") }
    }

    func screen() throws -> String {
        try Command.run(tmux, ["capture-pane", "-p", "-t", name]).output
    }

    /// Polls the pane (up to 10 s) until `condition` holds; the last screen is in the error.
    func waitForScreen(_ condition: (String) -> Bool) throws -> String {
        var last = ""
        for _ in 0..<100 {
            last = try screen()
            if condition(last) { return last }
            usleep(100_000)
        }
        throw Command.Failed(description: "the screen never showed what was expected:\n\(last)")
    }

    func type(_ text: String) throws {
        try Command.run(tmux, ["send-keys", "-t", name, "-l", text])
    }

    func keys(_ names: String...) throws {
        try Command.run(tmux, ["send-keys", "-t", name] + names)
    }

    /// Sends a signal to the program the pane's shell is running.
    func signalChild(_ signal: Int32) throws {
        let shell = try Command.run(tmux, ["list-panes", "-t", name, "-F", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let child = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw Command.Failed(description: "no program runs in the tmux pane")
        }
        Glibc.kill(child, signal)
    }

    func kill() {
        _ = try? Command.run(tmux, ["kill-session", "-t", name])
    }
}
