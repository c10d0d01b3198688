import AuthTermDemo
import Foundation
import NIOPosix
import SSHDoor

// The SSH door's figures: how long from a TCP connection to the sign-in screen's first frame
// (against authterm started straight in a pseudo-terminal, measured in the same run), and the
// door's memory with 1 and with 50 idle sessions, next to each session's authterm.
// `scripts/bench-ssh` builds the release binaries this runs, which sit next to it.

let binaries = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    .deletingLastPathComponent()
let client = binaries.appendingPathComponent("authterm").path
let marker = "E-mail address"
let runs = 20, idleSessions = 50

let server = try await LocalServer(serverExecutable: binaries.appendingPathComponent("authterm-server").path)
defer { server.stop() }
let work = FileManager.default.temporaryDirectory.appendingPathComponent("door-benchmark-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

// The door, started as an operator would, with room for every connection of this run.
let door = Process()
door.executableURL = binaries.appendingPathComponent("authterm-ssh")
door.arguments = ["--listen", "127.0.0.1:0", "--host-key", work.appendingPathComponent("host_key").path,
                  "--server", server.url, "--authterm", client, "--connections-per-minute", "1000"]
    + (Privileges.isRoot ? ["--user", "nobody"] : [])
let log = work.appendingPathComponent("door.log")
_ = FileManager.default.createFile(atPath: log.path, contents: nil)
door.standardOutput = try FileHandle(forWritingTo: log)
door.standardError = door.standardOutput
try door.run()
defer { door.terminate(); door.waitUntilExit() }
var port: Int?
waitUntil {
    port = (try? String(contentsOf: log, encoding: .utf8))?.firstMatch(of: /listening on 127\.0\.0\.1:([0-9]+)/).flatMap { Int($0.1) }
    return port != nil || !door.isRunning
}
guard let port else { fatalError("the door did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")") }

let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)

// Time to the first frame: through the door and straight, alternately, so both see the same machine.
var throughDoor: [Duration] = [], direct: [Duration] = []
for _ in 0..<runs {
    let visitor = try await SSHVisitor.connect(port: port, group: group, marker: marker)
    throughDoor.append(try await visitor.firstFrame.get() - visitor.started)
    visitor.close()
    waitUntil { children(of: door.processIdentifier).isEmpty }
    direct.append(try directFirstFrame(client: client, server: server.url, marker: marker))
}

// Memory with idle sessions, each at its sign-in screen.
let doorAlone = residentMiB(door.processIdentifier)
var visitors = [try await SSHVisitor.connect(port: port, group: group, marker: marker)]
_ = try await visitors[0].firstFrame.get()
let doorWithOne = residentMiB(door.processIdentifier)
for _ in 1..<idleSessions {
    visitors.append(try await SSHVisitor.connect(port: port, group: group, marker: marker))
}
for visitor in visitors { _ = try await visitor.firstFrame.get() }
let doorWithMany = residentMiB(door.processIdentifier)
let sessions = children(of: door.processIdentifier).map(residentMiB).sorted()
visitors.forEach { $0.close() }
try await group.shutdownGracefully()

let door20 = Timings(throughDoor), direct20 = Timings(direct)
func f(_ value: Double) -> String { String(format: "%.1f", value) }
print("""
    authterm-ssh: time from TCP connect to the sign-in screen's first frame (\(runs) runs each)
      through the door (SSH handshake, session, authterm in a pty):  min \(f(door20.minimum)) ms, median \(f(door20.median)) ms
      authterm started straight in a pty (baseline):                 min \(f(direct20.minimum)) ms, median \(f(direct20.median)) ms
      through the door / baseline (median):                          \(String(format: "%.2f", door20.median / direct20.median))x
    authterm-ssh: resident memory (RSS)
      the door, no session:           \(f(doorAlone)) MiB
      the door, 1 idle session:       \(f(doorWithOne)) MiB
      the door, \(idleSessions) idle sessions:     \(f(doorWithMany)) MiB (\(String(format: "%.2f", (doorWithMany - doorWithOne) / Double(idleSessions - 1))) MiB more a session)
      each session's authterm (\(sessions.count)):   min \(f(sessions.first ?? .nan)) MiB, median \(f(sessions.isEmpty ? .nan : sessions[sessions.count / 2])) MiB, max \(f(sessions.last ?? .nan)) MiB
      the door's share of a session / its authterm: \(String(format: "%.3f", (doorWithMany - doorWithOne) / Double(idleSessions - 1) / (sessions.isEmpty ? .nan : sessions[sessions.count / 2])))
    """)
