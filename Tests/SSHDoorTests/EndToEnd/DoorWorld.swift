import AuthTerm
import Foundation
import SSHDoor
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The SSH door as people meet it: `authterm-ssh` on a free loopback port in front of a real
/// `authterm-server` with one account, each session running the release `authterm`, and OpenSSH's
/// own client (in tmux, for the screens) knocking on it with a private known_hosts file.
final class DoorWorld {
    static let email = "ada@example.com"
    static let password = "violet-harbor-lantern-47"

    let server: LocalServer
    /// Holds the host key, known_hosts and the door's log.
    let folder: URL
    var hostKey: String { folder.appendingPathComponent("host_ed25519_key").path }
    private(set) var door: DoorProcess!

    /// A server with one account, and a door started with `doorArguments`.
    init(doorArguments: [String] = []) async throws {
        server = try await LocalServer(serverExecutable: BuiltProducts.debug("authterm-server").path)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-ssh-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try server.addUser(email: Self.email, password: Self.password, name: "Ada Lovelace")
        door = try startDoor(doorArguments)
    }

    deinit {
        door?.stop()
        server.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts another door on this world's host key (after `door.stop()`). Started as root, as
    /// the tests are here, it runs as nobody.
    func startDoor(_ arguments: [String] = []) throws -> DoorProcess {
        let process = try DoorProcess(arguments: [
            "--listen", "127.0.0.1:0", "--host-key", hostKey, "--server", server.url,
            "--authterm", BuiltProducts.release("authterm").path,
        ] + (Privileges.isRoot ? ["--user", "nobody"] : []) + arguments,
            log: folder.appendingPathComponent("door-\(UUID().uuidString).log").path)
        door = process
        return process
    }

    /// OpenSSH's client for this door, as its README tells people to call it; `options` go before the host.
    func ssh(_ options: [String] = [], command: [String] = []) throws -> [String] {
        [try MissingTool.require("ssh", package: "openssh-client"), "-F", "/dev/null", "-p", "\(door.port)",
         "-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=\(folder.path)/known_hosts",
         "-o", "BatchMode=yes", "-o", "SendEnv=LANG"] + options + ["localhost"] + command
    }

    /// `ssh -tt OPTIONS` to the door in a tmux pane, as a person at a terminal whose LANG is
    /// `language`: what it shows and its exit status.
    func terminal(width: Int = 100, height: Int = 40, options: [String] = [], language: String = "C.UTF-8") throws
        -> TmuxSession {
        let command = "env LANG=\(language) " + (try ssh(["-tt"] + options)).map { "'\($0)'" }.joined(separator: " ")
        return try TmuxSession(width: width, height: height, command: command + "; " + TmuxSession.reportTerminalModes)
    }

    /// Runs ssh to its end without a terminal; returns what it printed (both streams) and its status.
    func runSSH(_ options: [String] = [], command: [String] = []) throws -> (output: String, status: Int32) {
        let words = try ssh(options, command: command).map { "'\($0)'" }.joined(separator: " ")
        return try Command.run("/bin/sh", ["-c", words + " 2>&1 </dev/null"])
    }
}

/// The `authterm-ssh` process of a test, its output in a log file.
final class DoorProcess {
    let port: Int
    let log: String
    private let process: Process

    /// Starts the debug `authterm-ssh` and waits until it listens; throws with its output if it
    /// stops instead.
    init(arguments: [String], log: String) throws {
        process = Process()
        process.executableURL = try BuiltProducts.debug("authterm-ssh")
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: log, contents: nil, attributes: [.posixPermissions: 0o644])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let process = process
        let listening = /listening on 127\.0\.0\.1:([0-9]+)/
        func printed() -> String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        _ = eventually { printed().contains(listening) || !process.isRunning }
        guard let match = printed().firstMatch(of: listening), let port = Int(match.1) else {
            process.waitUntilExit()
            throw Command.Failed("the door stopped with exit status \(process.terminationStatus):\n\(printed())")
        }
        self.port = port
        self.log = log
    }

    var pid: pid_t { process.processIdentifier }

    /// What the door printed so far.
    func output() -> String {
        (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    }

    /// Polls the log until `condition` holds (up to `seconds`); returns the whole log.
    @discardableResult
    func waitForLog(seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let text = output()
            if condition(text) { return text }
            usleep(50_000)
        } while Date() < deadline
        throw Command.Failed("the door's log never showed what was expected:\n\(output())")
    }

    /// The door's child processes: the sessions' authterm.
    func children() -> [pid_t] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { pid_t($0) }
        }
    }

    /// Waits until the door has exactly `count` children (up to `seconds`); returns them.
    @discardableResult
    func waitForChildren(_ count: Int, seconds: Double = 15) throws -> [pid_t] {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let children = children()
            if children.count == count { return children }
            usleep(50_000)
        } while Date() < deadline
        throw Command.Failed("the door has \(children().count) children, not \(count)")
    }

    /// SIGTERM, as systemd stops it; waits for the end.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}

/// A process's environment, from /proc.
func environment(of pid: pid_t) throws -> [String: String] {
    let raw = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/environ"))
    return Dictionary(uniqueKeysWithValues: raw.split(separator: 0).map { entry in
        let text = String(decoding: entry, as: UTF8.self)
        let parts = text.split(separator: "=", maxSplits: 1)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    })
}

/// Whether a process id names a process still there (a zombie not yet reaped counts).
func processExists(_ pid: pid_t) -> Bool {
    FileManager.default.fileExists(atPath: "/proc/\(pid)")
}

/// Polls `condition` every 50 ms for up to `seconds`; whether it came true.
func eventually(seconds: Double = 15, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
        if condition() { return true }
        usleep(50_000)
    } while Date() < deadline
    return condition()
}
