import Glibc
import Synchronization

/// Puts the terminal back however the process ends: the saved terminal modes, captured once before
/// ncurses starts, and whether the screen is still taken. With `ProcessSignals`, the one piece of
/// process-wide state in the toolkit.
///
/// A signal that ends the program at once (see `ProcessSignals`) takes the minimal
/// async-signal-safe path: write the escape sequences that leave the alternate screen and show the
/// cursor, restore the saved termios, then hand the signal to the handler that was there before
/// (the default action, or Swift's crash backtracer). A normal exit runs `endwin` through atexit.
enum TerminalRestore {
    /// Saves the current modes of `fd` and installs the signal handlers; later calls do nothing.
    static func install(inputDescriptor fd: Int32, outputDescriptor: Int32, endwin: @escaping @convention(c) () -> Void) {
        guard !installed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        state.input = fd
        state.output = outputDescriptor
        state.hasModes = tcgetattr(fd, &state.modes) == 0
        state.endwin = endwin
        atexit { if TerminalRestore.active.load(ordering: .sequentiallyConsistent) { TerminalRestore.state.endwin?() } }
        ProcessSignals.install()
    }

    /// The screen is taken (true after ncurses starts, false once restored).
    static let active = Atomic<Bool>(false)

    /// The signals that end the program at once, whatever it asked for.
    static let fatalSignals = [SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Where `ProcessSignals.install` keeps the action that was there before its handler.
    static func previousAction(_ signal: Int32) -> UnsafeMutablePointer<sigaction> {
        state.previousActions + Int(signal)
    }

    private static let installed = Atomic<Bool>(false)

    /// Written once by `install` before any handler can run; read only afterwards.
    private struct SavedState {
        var input: Int32 = 0
        var output: Int32 = 1
        var modes = termios()
        var hasModes = false
        var endwin: (@convention(c) () -> Void)?
        /// Plain memory, so the handler reads it without Swift's copy-on-write or access checks.
        var previousActions: UnsafeMutablePointer<sigaction> = {
            let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
            actions.initialize(repeating: sigaction(), count: 65)
            return actions
        }()
    }
    nonisolated(unsafe) private static var state = SavedState()

    /// Leave the alternate screen, reset attributes, show the cursor, stop mouse and bracketed paste.
    private static let resetSequence: [UInt8] = Array("\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r".utf8)

    /// Gives the terminal back if it is taken, then lets `signal` do what it did before.
    static func restoreAndPassOn(_ signal: Int32) {
        if active.exchange(false, ordering: .sequentiallyConsistent) {
            resetSequence.withUnsafeBytes { _ = write(state.output, $0.baseAddress, $0.count) }
            if state.hasModes { tcsetattr(state.input, TCSANOW, &state.modes) }
        }
        sigaction(signal, previousAction(signal), nil)
        raise(signal)
    }
}
