import FoundationEssentials
import Glibc

/// A program started with posix_spawn, its standard streams on files: the demo's server and its
/// commands, and the programs tests run. (Foundation's `Process` would bring the whole of
/// Foundation into the client, and waits for pipes a daemon such as tmux's server keeps open.)
public final class ChildProcess {
    public let pid: pid_t
    private var exitStatus: Int32?

    /// Starts `executable` with `arguments` and `environment`; standard input, output and error
    /// come from and go to the files at those paths (nil: /dev/null; errors to the output's path
    /// share its file, interleaved). The child starts with no signal blocked or ignored, whatever
    /// its parent has.
    public init(_ executable: String, _ arguments: [String], environment: [String: String],
         input: String? = nil, output: String? = nil, error: String? = nil) throws(LocalServer.Failure) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let error, error == output {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, error ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
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
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw LocalServer.Failure(description: "Cannot run \(executable): \(String(cString: strerror(spawned))).")
        }
        self.pid = pid
    }

    /// Whether the program still runs (its end is collected when seen).
    public var isRunning: Bool {
        guard exitStatus == nil else { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        exitStatus = status
        return false
    }

    /// Waits for the program to end; its exit status (128 + the signal when a signal ended it).
    @discardableResult
    public func wait() -> Int32 {
        if exitStatus == nil {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            exitStatus = status
        }
        let status = exitStatus ?? 0
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// SIGTERM, then SIGKILL after `grace` if it has not ended (SIGTERM blocked by whoever
    /// started this process); waits for the end.
    public func stop(grace: Duration = .seconds(5)) {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + grace
        while isRunning && ContinuousClock.now < deadline { usleep(20_000) }
        if isRunning { kill(pid, SIGKILL) }
        wait()
    }
}
