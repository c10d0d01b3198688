/// A terminal that keeps the screen in memory: for tests and benchmarks. Frames go through the
/// same diff as the ncurses backend; events are queued by the test.
public final class InMemoryTerminal: Terminal {
    public private(set) var size: Size
    public var capabilities: TerminalCapabilities
    public let inputFileDescriptors: [Int32] = []
    /// What the terminal shows now.
    public private(set) var screen: Buffer
    /// The cells the last `draw` sent.
    public private(set) var lastChanges: [CellChange] = []
    /// Everything copied with `copyToClipboard`, oldest first.
    public private(set) var clipboard: [String] = []
    public private(set) var isRestored = false
    private var queued: [[Event]] = []
    private var drawnOnce = false
    /// The last frame drawn, which mouse reports are matched to.
    private var frame: Buffer?

    public init(size: Size, capabilities: TerminalCapabilities = .init(colorDepth: .full256, unicode: true)) {
        self.size = size
        self.capabilities = capabilities
        self.screen = Buffer(size: size)
    }

    public func draw(_ buffer: Buffer) {
        lastChanges = buffer.changes(since: drawnOnce ? screen : nil)
        if screen.area != buffer.area { screen = Buffer(area: buffer.area) }
        for change in lastChanges {
            screen.set(change.cell, x: change.position.x, y: change.position.y)
            if change.cell.width == 2 {
                screen.set(.continuation(change.cell.style), x: change.position.x + 1, y: change.position.y)
            }
        }
        screen.cursor = buffer.cursor
        drawnOnce = true
        frame = buffer
    }

    /// Queues events that one later `readEvents` call returns together.
    public func send(_ events: Event...) {
        queued.append(events)
    }

    /// Queues what a mouse report means on the last frame drawn, as the ncurses backend reads it.
    public func send(_ report: MouseReport) {
        if let event = frame?.event(for: report) { send(event) }
    }

    /// Changes the size and queues the resize event a real terminal would report.
    public func resize(to newSize: Size) {
        size = newSize
        send(.resize(newSize))
    }

    public func readEvents(timeout: Duration?) -> [Event] {
        queued.isEmpty ? [] : queued.removeFirst()
    }

    public func copyToClipboard(_ text: String) {
        clipboard.append(text)
    }

    /// Nothing to give back, so nothing stops: the program goes on at once.
    public func suspend() {}

    public func restore() {
        isRestored = true
    }
}
