import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Start-up time and weight of a terminal program: from exec to its first frame in a pseudo-
/// terminal of 80x24 (the moment its output shows a marker), and the peak resident memory it
/// reached by then (VmHWM, read with the program stopped the moment its frame is seen, so that
/// what it does next does not count).
struct StartupBenchmark {
    struct Program {
        let name: String
        let executable: String
        let arguments: [String]
        /// Text of the first frame, written when it is drawn.
        let marker: String
    }

    struct Run {
        let seconds: Double
        let peakKiB: Int
    }

    let environment: [String: String]

    /// One start: spawns `program` on a new pty, waits for its marker, reads its VmHWM, ends it.
    func run(_ program: Program) throws -> Run {
        var controller: Int32 = -1, device: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&controller, &device, nil, nil, &size) == 0 else { throw Failure("openpty failed") }
        defer { close(controller) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in 0...2 { posix_spawn_file_actions_adddup2(&actions, device, Int32(target)) }
        posix_spawn_file_actions_addclose(&actions, device)
        posix_spawn_file_actions_addclose(&actions, controller)

        let argv = ([program.executable] + program.arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program.executable, &actions, nil, argv, envp)
        close(device)
        guard spawned == 0 else { throw Failure("cannot run \(program.executable): \(String(cString: strerror(spawned)))") }
        defer { end(pid, controller) }

        var output: [UInt8] = []
        let marker = Array(program.marker.utf8)
        while !output.contains(marker) {
            guard read(controller, into: &output, waitingMilliseconds: 10_000) else {
                throw Failure("\(program.name) never showed “\(program.marker)”")
            }
        }
        let elapsed = clock.now - start
        kill(pid, SIGSTOP)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Run(seconds: seconds, peakKiB: try peakResidentKiB(of: pid))
    }

    /// Appends what the program wrote; false when it wrote nothing for `waitingMilliseconds` or ended.
    private func read(_ fd: Int32, into output: inout [UInt8], waitingMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, waitingMilliseconds) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = Glibc.read(fd, &chunk, chunk.count)
        guard count > 0 else { return false }
        output += chunk[..<count]
        return true
    }

    /// VmHWM of a running process, in KiB.
    private func peakResidentKiB(of pid: pid_t) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { throw Failure("no VmHWM for \(pid)") }
        return kib
    }

    /// Ends the program with SIGTERM (what a closing terminal sends), reading its last output.
    private func end(_ pid: pid_t, _ controller: Int32) {
        kill(pid, SIGTERM)
        kill(pid, SIGCONT)
        var rest: [UInt8] = []
        while read(controller, into: &rest, waitingMilliseconds: 1000) { rest.removeAll(keepingCapacity: true) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    /// `runs` starts of each program, taken in turn so both see the same machine.
    func compare(_ programs: [Program], runs: Int) throws -> [[Run]] {
        var results = Array(repeating: [Run](), count: programs.count)
        for _ in 0..<runs {
            for (index, program) in programs.enumerated() { results[index].append(try run(program)) }
        }
        return results
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

extension Array where Element == UInt8 {
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { self[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}

/// The floor to compare with: a C program that starts ncurses and draws one line, built here with
/// the system's compiler and ncursesw.
enum CFloor {
    static let source = """
        #include <curses.h>
        #include <locale.h>
        int main(void) {
            setlocale(LC_ALL, "");
            initscr();
            mvaddstr(0, 0, "C-floor-ready");
            refresh();
            getch();
            endwin();
            return 0;
        }
        """

    /// Compiles the floor into `folder`; the path of the program.
    static func build(in folder: URL) throws -> String {
        let sourceFile = folder.appendingPathComponent("floor.c"), program = folder.appendingPathComponent("floor")
        try source.write(to: sourceFile, atomically: true, encoding: .utf8)
        let flags = try output(of: "pkg-config", ["--cflags", "--libs", "ncursesw"]).split(separator: " ").map(String.init)
        _ = try output(of: "cc", ["-O2", sourceFile.path, "-o", program.path] + flags)
        return program.path
    }

    private static func output(of command: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw StartupBenchmark.Failure("\(command) \(arguments.joined(separator: " ")) failed")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
