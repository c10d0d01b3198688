import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program in a real terminal: one detached tmux session, read with capture-pane and typed
/// into with send-keys. Names are unique, so tests may run side by side.
public final class TmuxSession {
    public let name: String
    private let tmux: String

    /// Starts `command` (a shell command line) in a `width` x `height` terminal.
    public init(width: Int = 100, height: Int = 40, command: String) throws {
        tmux = try MissingTool.require("tmux", package: "tmux")
        name = "authterm-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let status = try Command.run(tmux, ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command]).status
        if status != 0 { throw Command.Failed("tmux new-session failed (\(status))") }
    }

    deinit {
        kill()
    }

    public func screen() throws -> String {
        try Command.run(tmux, ["capture-pane", "-p", "-t", name]).output
    }

    /// Polls the pane until `condition` holds on a settled screen, the same twice in a row, so
    /// that a frame caught half drawn does not count (up to `seconds`); the last screen is in
    /// the error.
    @discardableResult
    public func waitForScreen(seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
        var last = ""
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let previous = last
            last = try screen()
            if condition(last) && last == previous { return last }
            usleep(condition(last) ? 30_000 : 100_000)
        } while Date() < deadline
        throw Command.Failed("the screen never showed what was expected:\n\(last)")
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    public func waitFor(_ text: String, seconds: Double = 15) throws -> String {
        do {
            return try waitForScreen(seconds: seconds) { $0.contains(text) }
        } catch let failure as Command.Failed {
            throw Command.Failed("waiting for “\(text)”: \(failure.description)")
        }
    }

    /// Types `text` literally.
    public func type(_ text: String) throws {
        try Command.run(tmux, ["send-keys", "-t", name, "-l", text])
    }

    /// Presses keys by tmux name: Enter, Tab, BTab, Escape, F1, C-c, Down ...
    public func keys(_ names: String...) throws {
        try send(names)
    }

    /// Presses keys, then waits until the screen shows `text`: one step of a keyboard journey.
    @discardableResult
    public func press(_ names: String..., until text: String) throws -> String {
        try send(names)
        return try waitFor(text)
    }

    private func send(_ keyNames: [String]) throws {
        try Command.run(tmux, ["send-keys", "-t", name] + keyNames)
    }

    /// Sends a signal to the program the pane's shell runs.
    public func signalChild(_ signal: Int32) throws {
        let shell = try Command.run(tmux, ["list-panes", "-t", name, "-F", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let child = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw Command.Failed("no program runs in the tmux pane")
        }
        Glibc.kill(child, signal)
    }

    /// The shell line to run after the program under test: its exit status and whether the
    /// terminal is back in cooked mode (echo, icanon), then a pause so the pane stays to be read.
    public static let reportTerminalModes =
        "echo EXIT=$?; stty -a | tr -s ' ;' '\\n' | grep -E '^-?(echo|icanon)$' | tr '\\n' ' '; echo MODES-END; sleep 120"

    /// The terminal modes printed by `reportTerminalModes`, once the program has ended.
    public func terminalModesAfterExit() throws -> (exitStatus: String, modes: [String]) {
        let screen = try waitForScreen { $0.contains("MODES-END") }
        let exitLine = screen.split(separator: "\n").first { $0.hasPrefix("EXIT=") } ?? ""
        let modesLine = screen.split(separator: "\n").first { $0.contains("MODES-END") } ?? ""
        return (String(exitLine.dropFirst(5)), modesLine.split(separator: " ").map(String.init).filter { $0 != "MODES-END" })
    }

    public func kill() {
        _ = try? Command.run(tmux, ["kill-session", "-t", name])
    }
}
