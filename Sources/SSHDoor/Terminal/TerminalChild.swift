import CPseudoTerminal
import Foundation
import NIOConcurrencyHelpers
#if canImport(Glibc)
import Glibc
#endif

/// A program in a pseudo-terminal of its own: the leader of a new session, with the terminal as
/// its controlling terminal (so it gets SIGWINCH on a resize and SIGHUP on a hang-up) and as its
/// standard input, output and error, and no other descriptor of the door's. A thread of its own
/// waits for its end.
public final class TerminalChild: Sendable {
    public let pid: pid_t
    /// Set once the child has ended, before it is reaped: from then on its process id may be
    /// another process's, and it is not signalled any more.
    private let ended = NIOLockedValueBox(false)

    /// Starts `executable` with `arguments` and exactly `environment`, in `directory`, on
    /// `terminal`; `onExit` is called once, from another thread, when it has ended.
    public init(executable: String, arguments: [String], environment: [String: String], directory: String,
                terminal: PseudoTerminal, onExit: @escaping @Sendable (ChildExit) -> Void) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid(), without O_NOCTTY: it becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, terminal.slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        authterm_spawn_add_chdir(&actions, directory)
        authterm_spawn_add_closefrom(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes,
                                 Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | authterm_spawn_setsid_flag())

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SystemFailure("cannot start \(executable)", code: spawned) }
        self.pid = pid

        let thread = Thread { [ended, pid] in
            var info = siginfo_t()
            // Waits without reaping: until waitpid below, the process id stays this child's.
            while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
            ended.withLockedValue { $0 = true }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            onExit(status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F))
        }
        thread.stackSize = 64 * 1024
        thread.start()
    }

    /// Sends `signal` to the child's process group, unless it has ended.
    public func signal(_ signal: Int32) {
        ended.withLockedValue { ended in
            if !ended { kill(-pid, signal) }
        }
    }
}
