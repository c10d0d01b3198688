import Foundation
import Testing

@testable import SSHDoor

/// A child in a pseudo-terminal: its own session, the terminal as its controlling terminal, the
/// size it was given, exactly the environment it was given and none of the door's descriptors.
@Suite struct TerminalChildTests {
    /// Starts `script` under /bin/sh in a new terminal; returns everything it printed and how it ended.
    static func run(_ script: String, environment: [String: String] = [:],
                    size: WindowSize = .init(columns: 80, rows: 24),
                    whenReady: (TerminalChild) -> Void = { _ in }) async throws -> (output: String, exit: ChildExit?, pid: pid_t) {
        var terminal = try PseudoTerminal(size: size)
        let (exits, ended) = AsyncStream<ChildExit>.makeStream()
        let child = try TerminalChild(executable: "/bin/sh", arguments: ["-c", script], environment: environment,
                                      directory: "/tmp", terminal: terminal) { ended.yield($0) }
        terminal.closeSlave()
        var output = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(terminal.master, &buffer, buffer.count)
            if count <= 0 { break }  // EIO: the child closed the terminal
            output += String(decoding: buffer[..<count], as: UTF8.self)
            if output.contains("READY") { whenReady(child) }
        }
        terminal.close()
        var iterator = exits.makeAsyncIterator()
        return (output, await iterator.next(), child.pid)
    }

    @Test func runsAsSessionLeaderOnItsControllingTerminal() async throws {
        let (output, exit, pid) = try await Self.run(
            "stty size; exec 3</dev/tty && echo CTTY; echo SID=$(cut -d' ' -f6 /proc/$$/stat); pwd; exit 7",
            size: .init(columns: 100, rows: 30))
        #expect(exit == .exited(7))
        #expect(output.contains("30 100"), "stty size: \(output)")
        #expect(output.contains("CTTY"), "/dev/tty opens: \(output)")
        #expect(output.contains("SID=\(pid)"), "its own session: \(output)")
        #expect(output.contains("/tmp"))
    }

    @Test func getsExactlyItsEnvironmentAndNoneOfTheDoorsDescriptors() async throws {
        let inherited = open("/dev/null", O_RDONLY)  // deliberately without O_CLOEXEC
        defer { close(inherited) }
        let (output, exit, _) = try await Self.run(
            "env | sort | tr '\\n' ' '; echo; [ -e /proc/$$/fd/\(inherited) ] && echo LEAKED; exit 0",
            environment: ["TERM": "dumb", "ONLY": "this"])
        #expect(exit == .exited(0))
        #expect(output.contains("ONLY=this"))
        #expect(output.contains("TERM=dumb"))
        #expect(!output.contains("HOME="), "nothing of the test's own environment: \(output)")
        #expect(!output.contains("LEAKED"))
    }

    @Test func aHangUpEndsIt() async throws {
        let (_, exit, _) = try await Self.run("echo READY; exec sleep 30") { $0.signal(SIGHUP) }
        #expect(exit == .signaled(SIGHUP))
    }
}
