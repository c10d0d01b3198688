import Glibc
import Synchronization

/// The signals of the process, handled once for the whole program (signals are process-wide, and
/// may be delivered to any of its threads). The handlers only do what is safe in a signal handler:
///
/// - SIGWINCH (the window changed) and SIGCONT (the program goes on after a stop) are written to a
///   pipe that the run loop waits on beside the keyboard (`wakeDescriptor`): a new size is drawn at
///   once, whatever else the loop waits for.
/// - SIGHUP, SIGTERM and SIGINT end the program at once, giving the terminal back on the way
///   (`TerminalRestore`), until the program calls `endSignalsQuit()`. From then on the first of
///   them is kept and wakes the loop, which quits as on Ctrl-C: the terminal is given back and
///   whatever the program made is removed on the normal path; then `endIfSignalled()` ends the
///   program by that signal (exit status 128 + its number). Later ones are ignored: the program
///   is already ending.
/// - SIGQUIT and crashes end the program at once, giving the terminal back.
public enum ProcessSignals {
    /// From now on SIGHUP, SIGTERM and SIGINT quit the program through its run loop.
    public static func endSignalsQuit() {
        install()
        quitsThroughLoop.store(true, ordering: .sequentiallyConsistent)
    }

    /// The signal (SIGHUP, SIGTERM or SIGINT) that asked the program to end, if one did.
    public static var endSignal: Int32? {
        let signal = received.load(ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }

    /// Ends the program by the signal that asked it to end, now that it has cleaned up; returns
    /// at once when none did.
    public static func endIfSignalled() {
        guard let signal = endSignal else { return }
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
    }

    /// Installs the handlers; later calls do nothing.
    static func install() {
        guard !installed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                _ = fcntl(end, F_SETFL, O_NONBLOCK)
            }
        }
        wake = (ends[0], ends[1])
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in ProcessSignals.handle(signal) }
        sigemptyset(&action.sa_mask)
        // Interrupted reads and writes go on; the loop's wait ends early all the same.
        action.sa_flags = SA_RESTART
        // A parent may have left signals blocked (threads of a test runner do): unblock ours.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in wakeSignals + endSignals + TerminalRestore.fatalSignals {
            sigaction(signal, &action, TerminalRestore.previousAction(signal))
            sigaddset(&handled, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// The descriptor to wait on with the keyboard: readable when a signal in `wakeSignals` or
    /// an end signal arrived. -1 before `install`.
    static var wakeDescriptor: Int32 { wake.read }

    /// The signals that arrived since the last call, oldest first (at most a few of each).
    static func drain() -> [Int32] {
        var signals: [Int32] = []
        var bytes = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(wake.read, &bytes, bytes.count)
            guard count > 0 else { break }
            signals += bytes.prefix(count).map(Int32.init)
        }
        return signals
    }

    static let wakeSignals = [SIGWINCH, SIGCONT]
    static let endSignals = [SIGHUP, SIGTERM, SIGINT]

    private static let installed = Atomic<Bool>(false)
    private static let quitsThroughLoop = Atomic<Bool>(false)
    private static let received = Atomic<Int32>(0)
    /// Written once by `install` before any handler can run; read only afterwards.
    nonisolated(unsafe) private static var wake: (read: Int32, write: Int32) = (-1, -1)

    private static func handle(_ signal: Int32) {
        let savedErrno = errno
        defer { errno = savedErrno }
        switch signal {
        case SIGWINCH, SIGCONT:
            post(signal)
        case SIGHUP, SIGTERM, SIGINT:
            guard quitsThroughLoop.load(ordering: .sequentiallyConsistent) else { return TerminalRestore.restoreAndPassOn(signal) }
            if received.compareExchange(expected: 0, desired: signal, ordering: .sequentiallyConsistent).exchanged {
                post(signal)
            }
        default:
            TerminalRestore.restoreAndPassOn(signal)
        }
    }

    /// Writes the signal's number to the pipe; when the pipe is full the loop is awake anyway.
    private static func post(_ signal: Int32) {
        var byte = UInt8(truncatingIfNeeded: signal)
        _ = write(wake.write, &byte, 1)
    }
}
