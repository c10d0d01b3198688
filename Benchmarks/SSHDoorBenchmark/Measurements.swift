import Foundation
import SSHDoor

/// Minimum and median of a set of durations, in milliseconds.
struct Timings {
    let milliseconds: [Double]

    init(_ durations: [Duration]) {
        milliseconds = durations.map { Double($0.components.attoseconds) / 1e15 + Double($0.components.seconds) * 1e3 }.sorted()
    }

    var minimum: Double { milliseconds.first ?? .nan }
    var median: Double { milliseconds.isEmpty ? .nan : milliseconds[milliseconds.count / 2] }
}

/// A process's resident memory from /proc, in MiB.
func residentMiB(_ pid: pid_t) -> Double {
    let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return Double(line.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? .nan
}

/// The children of a process (every thread's).
func children(of pid: pid_t) -> [pid_t] {
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    return tasks.flatMap { task in
        ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
            .split(separator: " ").compactMap { pid_t($0) }
    }
}

/// Waits (up to 30 s) until `condition` holds, checking every 10 ms.
func waitUntil(_ condition: () -> Bool) {
    let deadline = ContinuousClock.now + .seconds(30)
    while !condition() && ContinuousClock.now < deadline { usleep(10_000) }
}

/// How long `authterm` takes to show `marker` when started straight in a pseudo-terminal of
/// 80x24, without SSH: the baseline of the door's figure.
func directFirstFrame(client: String, server: String, marker: String) throws -> Duration {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("door-benchmark-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    var terminal = try PseudoTerminal(size: WindowSize(columns: 80, rows: 24))
    defer { terminal.close() }
    let started = ContinuousClock.now
    let child = try TerminalChild(executable: client, arguments: ["--server", server],
                                  environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home.path],
                                  directory: home.path, terminal: terminal) { _ in }
    terminal.closeSlave()
    var shown: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while shown.firstRange(of: Array(marker.utf8)) == nil {
        let count = read(terminal.master, &buffer, buffer.count)
        guard count > 0 else { throw CocoaError(.fileReadUnknown) }
        shown += buffer[..<count]
    }
    let elapsed = ContinuousClock.now - started
    child.signal(SIGHUP)
    while read(terminal.master, &buffer, buffer.count) > 0 {}
    return elapsed
}
