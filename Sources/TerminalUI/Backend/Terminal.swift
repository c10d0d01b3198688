/// What the terminal can show.
public struct TerminalCapabilities: Equatable, Sendable {
    public var colorDepth: ColorDepth
    /// The locale is UTF-8: box drawing, half blocks and other non-ASCII symbols show.
    public var unicode: Bool

    public init(colorDepth: ColorDepth, unicode: Bool) {
        self.colorDepth = colorDepth
        self.unicode = unicode
    }
}

/// A screen to draw frames on and read events from. All calls come from one thread.
public protocol Terminal: AnyObject {
    var size: Size { get }
    var capabilities: TerminalCapabilities { get }
    /// The descriptors to wait on, together with other sources, for `readEvents` to have news:
    /// the keyboard, and a wake-up when the window changes or the program is asked to end.
    var inputFileDescriptors: [Int32] { get }

    /// Shows `buffer`, sending only the cells that changed since the last frame, and places
    /// the cursor at `buffer.cursor` (hidden when nil).
    func draw(_ buffer: Buffer)
    /// Waits up to `timeout` (nil: forever) for input, then returns all events that arrived;
    /// empty when the time ran out.
    func readEvents(timeout: Duration?) -> [Event]
    /// Puts text on the system clipboard of the user's terminal (OSC 52; works over SSH).
    func copyToClipboard(_ text: String)
    /// Gives the terminal back and stops the program, as Ctrl-Z does in a shell; returns when it
    /// goes on (`fg`), with the terminal taken again and the next frame drawn whole.
    func suspend()
    /// Gives the terminal back as it was. Safe to call more than once.
    func restore()
}

extension Duration {
    /// Whole milliseconds, rounded up, as poll(2) wants them.
    var pollMilliseconds: Int32 {
        let (seconds, attoseconds) = components
        let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(0, millis))
    }
}
