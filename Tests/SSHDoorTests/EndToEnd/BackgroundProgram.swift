import Foundation
import TestSupport

/// A program a test runs in the background, its output (both streams) in a log file, stopped with
/// SIGTERM. Servers here listen on port 0 and print the port they got.
final class BackgroundProgram {
    let log: String
    private let process = Process()

    /// Starts `executable` and waits until its log shows `listening` with the port as its first
    /// capture; throws with the log if the program stops instead.
    init(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, log: String,
         listening: Regex<(Substring, Substring)>) throws {
        self.log = log
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        _ = FileManager.default.createFile(atPath: log, contents: nil, attributes: [.posixPermissions: 0o644])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let process = process
        _ = eventually { Self.read(log).contains(listening) || !process.isRunning }
        guard let match = Self.read(log).firstMatch(of: listening), let port = Int(match.1) else {
            process.waitUntilExit()
            throw Command.Failed("\(executable.lastPathComponent) stopped with exit status \(process.terminationStatus):\n\(Self.read(log))")
        }
        self.port = port
    }

    let port: Int
    var pid: pid_t { process.processIdentifier }

    /// What the program printed so far.
    func output() -> String {
        Self.read(log)
    }

    private static func read(_ log: String) -> String {
        (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    }

    /// Polls the log until `condition` holds (up to `seconds`); returns the whole log.
    @discardableResult
    func waitForLog(seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
        guard eventually(seconds: seconds, { condition(output()) }) else {
            throw Command.Failed("the log of \(log) never showed what was expected:\n\(output())")
        }
        return output()
    }

    /// SIGTERM, as systemd stops a service; waits for the end.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
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
