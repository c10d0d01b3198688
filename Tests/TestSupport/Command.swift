import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs programs for tests.
///
/// Uses posix_spawn and waitpid rather than Foundation's Process: a program that leaves a daemon
/// behind (tmux starting its server) keeps inherited descriptors open, and Process would wait for
/// them forever. Input and output go through files for the same reason. The child starts with no
/// signal blocked or ignored, whatever the test runner's thread has.
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
        let pid = try spawn(executable, arguments, input: inputPath, output: outputPath, errors: mergingErrors ? nil : "/dev/null")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "", exitStatus)
    }

    /// Starts `executable` in the background with its output (and errors) appended to `log`; its
    /// process id, for the caller to end and reap.
    public static func start(_ executable: String, _ arguments: [String], log: String) throws -> pid_t {
        try spawn(executable, arguments, input: "/dev/null", output: log, errors: nil, appending: true)
    }

    /// Spawns `executable` with standard input from `input`, standard output to `output` and
    /// standard error to `errors` (nil: the same as the output).
    private static func spawn(
        _ executable: String, _ arguments: [String], input: String, output: String, errors: String?, appending: Bool = false
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | (appending ? O_APPEND : O_TRUNC), 0o600)
        if let errors {
            posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Failed("cannot run \(executable): \(String(cString: strerror(spawned)))") }
        return pid
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
