import FoundationEssentials
import Glibc
@preconcurrency import CNcursesw
import CCursesShims

/// The real terminal, through ncursesw. Create one, draw frames, read events, `restore()` at
/// the end (a signal, a crash or `exit` restores it too). Every call must come from one thread.
public final class NcursesTerminal: Terminal {
    public let capabilities: TerminalCapabilities
    public let inputFileDescriptors: [Int32]
    private let output: UnsafeMutablePointer<FILE>
    private var styles: CursesStyles
    private var previous: Buffer?
    /// The wide characters of the cell being put, kept from cell to cell to spare an allocation.
    private var characters: [wchar_t] = []
    private var restored = false
    private let mouse: Bool

    /// Takes over the terminal on `input`/`output` (default: the process's own), drawing with the
    /// terminfo description `type` (nil: TERM's). `environment` decides NO_COLOR, and whether a
    /// locale this machine lacks was meant to be UTF-8. With `mouse`, the terminal reports clicks
    /// and the wheel (SGR mode), which takes away its own text selection (most terminals still
    /// select with Shift held).
    public init(type: String? = nil,
                theme: Theme = .builtIn,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                mouse: Bool = true,
                input: UnsafeMutablePointer<FILE> = stdin,
                output: UnsafeMutablePointer<FILE> = stdout) throws {
        // A UTF-8 locale this machine has not generated (ja_JP.UTF-8 on a fresh system) still
        // means a UTF-8 terminal: its characters are then read and drawn as C.UTF-8 does.
        if setlocale(LC_ALL, "") == nil, Self.namesUTF8Locale(environment) { setlocale(LC_CTYPE, "C.UTF-8") }
        let unicode = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        TerminalRestore.install(inputDescriptor: fileno(input), outputDescriptor: fileno(output)) { endwin() }
        guard let screen = newterm(type, output, input) else {
            throw TerminalError(description: "cannot use the terminal '\(type ?? environment["TERM"] ?? "")' (is TERM set?)")
        }
        set_term(screen)
        TerminalRestore.active.store(true, ordering: .sequentiallyConsistent)
        set_escdelay(25)
        raw()
        noecho()
        nonl()
        keypad(stdscr, true)
        // Mouse reports are read by the toolkit, whatever the terminfo entry says about them:
        // ncurses must not take `kmous` for a key of its own.
        keyok(KEY_MOUSE, false)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        let depth = ColorDepth.detect(colors: has_colors() ? Int(COLORS) : 0, environment: environment)
        self.capabilities = TerminalCapabilities(colorDepth: depth, unicode: unicode)
        self.inputFileDescriptors = [fileno(input), ProcessSignals.wakeDescriptor]
        self.output = output
        self.styles = CursesStyles(theme: theme, depth: depth)
        self.mouse = mouse
        sendModes()
        // Without colors the QR code's dark modules take the terminal's own colors, which are the
        // right way round only on one kind of background: ask which (the answer is read as input).
        if depth == .none { send(TerminalReply.backgroundQuery) }
    }

    deinit { restore() }

    /// The theme frames are drawn with; changing it redraws everything on the next frame.
    public var theme: Theme {
        get { styles.theme }
        set {
            styles.theme = newValue
            previous = nil
        }
    }

    public var size: Size { Size(width: Int(COLS), height: Int(LINES)) }

    public func draw(_ buffer: Buffer) {
        let whole = previous == nil
        if whole { erase() }
        // A whole frame starts from an erased screen, whose blanks need not be put again.
        buffer.forEachChange(since: previous) { change in
            if whole && styles.isErased(change.cell) { return }
            put(change.cell, x: change.position.x, y: change.position.y)
        }
        if let cursor = buffer.cursor {
            move(Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        refresh()
        previous = buffer
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attributes, pair) = styles.curses(cell.style)
        characters.removeAll(keepingCapacity: true)
        for scalar in cell.symbol.unicodeScalars.prefix(Int(CCHARW_MAX) - 1) {
            characters.append(wchar_t(bitPattern: scalar.value))
        }
        characters.append(0)
        var complex = cchar_t()
        setcchar(&complex, characters, attributes, pair, nil)
        mvadd_wch(Int32(y), Int32(x), &complex)
    }

    public func readEvents(timeout: Duration?) -> [Event] {
        var descriptors = inputFileDescriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        if poll(&descriptors, nfds_t(descriptors.count), timeout?.pollMilliseconds ?? -1) > 0,
           descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        {
            return [.terminalClosed]
        }
        var events = signalEvents()
        // Input, or none: take everything that is there.
        nodelay(stdscr, true)
        var burst: [RawInput] = []
        var character: wint_t = 0
        while true {
            let status = get_wch(&character)
            if status == ERR { break }
            burst.append(status == KEY_CODE_YES ? .keyCode(Int32(character)) : .character(UInt32(character)))
        }
        let (keys, replies) = TerminalReply.extract(burst)
        for reply in replies where reply.isLightBackground != styles.lightBackground {
            styles.lightBackground = reply.isLightBackground
            drawWholeNextFrame()
        }
        // Clicks count on the frame that is on screen; after a resize that frame is gone.
        let frame = events.isEmpty && !keys.contains(.keyCode(KEY_RESIZE)) ? previous : nil
        previous = frame
        events += InputDecoder.decode(keys, size: size) { frame?.event(for: $0) }
        return events
    }

    /// What the signals since the last read mean: a new window size, a quit.
    private func signalEvents() -> [Event] {
        let signals = ProcessSignals.drain()
        var events: [Event] = []
        if signals.contains(SIGCONT) { drawWholeNextFrame() }
        if signals.contains(where: ProcessSignals.wakeSignals.contains), followWindowSize() { events.append(.resize(size)) }
        if signals.contains(where: ProcessSignals.endSignals.contains) { events.append(.quitRequested) }
        return events
    }

    /// Reads the window's size from the terminal and resizes ncurses' screens to it; true when it
    /// changed. (ncurses' own SIGWINCH handling is not installed: `ProcessSignals` has the signal.)
    private func followWindowSize() -> Bool {
        var window = winsize()
        guard ioctl(fileno(output), UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0,
              Int(window.ws_col) != size.width || Int(window.ws_row) != size.height
        else { return false }
        resizeterm(Int32(window.ws_row), Int32(window.ws_col))
        drawWholeNextFrame()
        return true
    }

    /// The next frame clears the screen and sends every cell: what the terminal shows is unknown.
    private func drawWholeNextFrame() {
        previous = nil
        clearok(stdscr, true)
    }

    public func copyToClipboard(_ text: String) {
        send(Clipboard.osc52(text))
    }

    public func suspend() {
        var before = sigaction()
        sigaction(SIGTSTP, nil, &before)
        // A parent that does no job control may have said so by ignoring the signal.
        guard !restored, before.__sigaction_handler.sa_handler.map({ unsafeBitCast($0, to: Int.self) }) != 1 else { return }
        giveBack()
        // Stop as the shell's Ctrl-Z would, by the default action (ncurses has a handler of its
        // own), and by a signal to this very thread, unblocked here (a runtime's worker thread
        // may block it): it stops the program before `raise` returns, where one to the process
        // might be taken by another thread after the handler is back. Where no shell does job
        // control, nothing stops.
        var stop = sigaction()
        sigaction(SIGTSTP, &stop, nil)
        var stopSignal = sigset_t(), mask = sigset_t()
        sigemptyset(&stopSignal)
        sigaddset(&stopSignal, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &stopSignal, &mask)
        raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &mask, nil)
        sigaction(SIGTSTP, &before, nil)
        // Going on (`fg`): take the terminal again, at its size now.
        TerminalRestore.active.store(true, ordering: .sequentiallyConsistent)
        refresh()
        sendModes()
        _ = followWindowSize()
        drawWholeNextFrame()
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        giveBack()
    }

    /// Bracketed paste, and button presses, releases and the wheel (1000) reported in the SGR
    /// form (1006) when the mouse is the app's.
    private func sendModes() {
        send("\u{1B}[?2004h")
        if mouse { send("\u{1B}[?1000h\u{1B}[?1006h") }
    }

    /// Undoes `sendModes` and gives the terminal its own modes back (echo, lines, the main screen,
    /// the cursor).
    private func giveBack() {
        if mouse { send("\u{1B}[?1006l\u{1B}[?1000l") }
        send("\u{1B}[?2004l")
        endwin()
        TerminalRestore.active.store(false, ordering: .sequentiallyConsistent)
    }

    /// Whether the locale of characters that `environment` names (`LC_ALL`, else `LC_CTYPE`,
    /// else `LANG`) is a UTF-8 one, whether or not this machine has it.
    static func namesUTF8Locale(_ environment: [String: String]) -> Bool {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let codeset = name.split(separator: ".").dropFirst().first?.split(separator: "@").first?.lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }

    /// Writes an escape sequence ncurses does not know about straight to the terminal.
    private func send(_ sequence: String) {
        fputs(sequence, output)
        fflush(output)
    }
}
