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

    /// Holds the server's data, the host key, known_hosts and the logs.
    let folder: URL
    let server: AuthServerProcess
    var hostKey: String { folder.appendingPathComponent("host_ed25519_key").path }
    private(set) var door: BackgroundProgram!

    /// A server with one account, and a door started with `doorArguments`, its sessions running
    /// the release `authterm` or `client`.
    init(doorArguments: [String] = [], client: URL? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-ssh-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        server = try AuthServerProcess(folder: folder)
        try server.addUser(email: Self.email, password: Self.password, name: "Ada Lovelace")
        door = try startDoor(doorArguments, client: client)
    }

    /// The release `authterm`, copied into this world's folder: a door started as root runs it as
    /// nobody, who may not reach the build folder (a clone in a private temporary folder).
    private var releaseClient: URL {
        get throws {
            let copy = folder.appendingPathComponent("authterm")
            if !FileManager.default.fileExists(atPath: copy.path) {
                try BuiltProducts.copyExecutable(try BuiltProducts.release("authterm"), to: copy)
            }
            return copy
        }
    }

    deinit {
        door?.stop()
        server.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts another door on this world's host key (after `door.stop()`). Started as root, as
    /// the tests are here, it runs as nobody.
    @discardableResult
    func startDoor(_ arguments: [String] = [], client: URL? = nil) throws -> BackgroundProgram {
        let program = try BackgroundProgram(BuiltProducts.debug("authterm-ssh"), [
            "--listen", "127.0.0.1:0", "--host-key", hostKey, "--server", server.url,
            "--authterm", try (client ?? releaseClient).path,
        ] + (Privileges.isRoot ? ["--user", "nobody"] : []) + arguments,
            log: folder.appendingPathComponent("door-\(UUID().uuidString).log").path,
            listening: /listening on 127\.0\.0\.1:([0-9]+)/)
        door = program
        return program
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

extension BackgroundProgram {
    /// The door's child processes: the sessions' authterm.
    func children() -> [pid_t] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { pid_t($0) }
        }
    }

    /// Waits until the door has exactly `count` children (up to 15 s); returns them.
    @discardableResult
    func waitForChildren(_ count: Int) throws -> [pid_t] {
        guard eventually({ children().count == count }) else {
            throw Command.Failed("the door has \(children().count) children, not \(count)")
        }
        return children()
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
