import CPseudoTerminal
#if canImport(Glibc)
import Glibc
#endif

/// A new pseudo-terminal: its master, which the door reads and writes, and the path of its slave,
/// which a child opens as its controlling terminal. The door also holds the slave open until the
/// child has it, so the master never reports a hang-up before the child starts.
public struct PseudoTerminal {
    public let master: Int32
    let slavePath: String
    private var slave: Int32

    /// Opens one of `size`; `close()` or `closeSlave()` and the master's own owner release it.
    public init(size: WindowSize) throws {
        var path = [CChar](repeating: 0, count: 128)
        master = authterm_pty_open(&path, path.count)
        guard master >= 0 else { throw SystemFailure("cannot open a pseudo-terminal") }
        slavePath = String(decoding: path.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            let failure = SystemFailure("cannot open \(slavePath)")
            Glibc.close(master)
            throw failure
        }
        Self.resize(master, to: size)
    }

    /// Tells the terminal on `descriptor` its new size; the kernel sends its programs SIGWINCH.
    static func resize(_ descriptor: Int32, to size: WindowSize) {
        var window = winsize(ws_row: UInt16(clamping: size.rows), ws_col: UInt16(clamping: size.columns),
                             ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(descriptor, UInt(TIOCSWINSZ), &window)
    }

    /// Lets go of the slave once the child has opened its own.
    public mutating func closeSlave() {
        if slave >= 0 { Glibc.close(slave) }
        slave = -1
    }

    /// Closes both ends, for a child that never started.
    public mutating func close() {
        closeSlave()
        Glibc.close(master)
    }
}
