import AuthTermDemo
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs programs for tests, as the demo runs its server (`ChildProcess`): standard input and
/// output through files, since a program that leaves a daemon behind (tmux starting its server)
/// keeps inherited pipes open for ever; and no signal blocked or ignored in the child, whatever
/// the test runner's thread has.
public enum Command {
    public struct Failed: Error, CustomStringConvertible {
        public var description: String

        public init(_ description: String) {
            self.description = description
        }
    }

    /// Runs `executable` to its end; returns what it printed on standard output (and standard error,
    /// `mergingErrors`) and its status (128 + the signal when a signal ended it).
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], input: String = "", mergingErrors: Bool = false)
        throws -> (output: String, status: Int32)
    {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("command-\(UUID().uuidString)").path
        let inputPath = base + ".in", outputPath = base + ".out"
        defer {
            unlink(inputPath)
            unlink(outputPath)
        }
        try input.write(toFile: inputPath, atomically: false, encoding: .utf8)
        let status = try ChildProcess(
            executable, arguments, environment: ProcessInfo.processInfo.environment, input: inputPath, output: outputPath,
            error: mergingErrors ? outputPath : nil
        ).wait()
        return ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "", status)
    }

    /// Runs `executable` to its end and throws, with everything it printed, unless it succeeded.
    @discardableResult
    public static func check(_ executable: String, _ arguments: [String], input: String = "") throws -> String {
        let (output, status) = try run(executable, arguments, input: input, mergingErrors: true)
        guard status == 0 else {
            throw Failed("\((executable as NSString).lastPathComponent) exited with \(status):\n\(output)")
        }
        return output
    }
}
