import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program in a real terminal: one detached tmux session on a tmux server of its own (a private
/// socket, no configuration file of the user's), read with capture-pane and typed into with
/// send-keys. Names are unique, so tests may run side by side.
public final class TmuxSession {
    public let name: String
    private let tmux: String

    /// Starts `command` (a shell command line) in a `width` x `height` terminal, with tmux's global
    /// `options` set before it starts (`window-style`: `bg=#fdf6e3` is a light background, which
    /// tmux also gives as its answer to the background-color query, OSC 11).
    public init(width: Int = 100, height: Int = 40, options: [String: String] = [:], command: String) throws {
        tmux = try MissingTool.require("tmux", package: "tmux")
        name = "authterm-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let settings = options.sorted { $0.key < $1.key }.flatMap { ["set-option", "-g", $0.key, $0.value, ";"] }
        let start = ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command]
        let status = try run(settings.isEmpty ? start : ["start-server", ";"] + settings + start).status
        if status != 0 { throw Command.Failed("tmux new-session failed (\(status))") }
    }

    deinit {
        kill()
    }

    /// `tmux ARGUMENTS` on this session's own server.
    @discardableResult
    private func run(_ arguments: [String]) throws -> (output: String, status: Int32) {
        try Command.run(tmux, ["-L", name, "-f", "/dev/null"] + arguments)
    }

    public func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", name]).output
    }

    /// The pane with its colors, as `capture-pane -e` gives them, trailing spaces kept.
    public func picture() throws -> PanePicture {
        PanePicture(escaped: try run(["capture-pane", "-p", "-e", "-N", "-t", name]).output)
    }

    /// What tmux knows of the pane, by a format (`#{mouse_sgr_flag}`: whether the program asked for
    /// SGR mouse reports).
    public func format(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", name, format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Makes the terminal `width` x `height`, as a user resizing the window does.
    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Clicks the main mouse button on the first cell of the first place the screen shows `text`,
    /// the way the terminal reports it (SGR: `ESC [ < 0 ; column ; row M`, then `m` on release),
    /// and waits until the screen shows `until`.
    @discardableResult
    public func click(on text: String, last: Bool = false, rowsBelow: Int = 0, until: String) throws -> String {
        let (x, y) = try position(of: text, last: last)
        try click(x: x, y: y + rowsBelow)
        return try waitFor(until)
    }

    /// Clicks the main mouse button on column `x`, row `y` (from zero).
    public func click(x: Int, y: Int) throws {
        try type("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    /// Turns the mouse wheel one notch (down when `down`) over the first place that shows `text`.
    public func scroll(over text: String, down: Bool = true) throws {
        let (x, y) = try position(of: text)
        try type("\u{1B}[<\(down ? 65 : 64);\(x + 1);\(y + 1)M")
    }

    /// The column and row where `text` first (or `last`) shows on the screen, columns counted in
    /// characters, which are cells for the text the tests look for.
    public func position(of text: String, last: Bool = false) throws -> (x: Int, y: Int) {
        let lines = try waitFor(text).components(separatedBy: "\n").enumerated()
        for (row, line) in last ? Array(lines.reversed()) : Array(lines) {
            if let range = line.range(of: text) { return (line.distance(from: line.startIndex, to: range.lowerBound), row) }
        }
        throw Command.Failed("“\(text)” is not on the screen")
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

    /// Types `text` literally (also one that starts with a dash).
    public func type(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", "--", text])
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
        try run(["send-keys", "-t", name] + keyNames)
    }

    /// Sends a signal to the program the pane's shell runs.
    public func signalChild(_ signal: Int32) throws {
        let shell = try run(["list-panes", "-t", name, "-F", "#{pane_pid}"]).output
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
        _ = try? run(["kill-server"])
    }
}
