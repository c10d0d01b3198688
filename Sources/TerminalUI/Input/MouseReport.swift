/// A mouse report as the terminal sent it, before it is matched to what the screen shows there.
/// The toolkit asks for SGR reports (mode 1006: `ESC [ < b ; x ; y M`, `m` on release) and also
/// reads the older X10 form (`ESC [ M b x y`).
public struct MouseReport: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// A button went down: 0 the main one, 1 the middle one, 2 the other one.
        case press(button: Int)
        case release
        case wheelUp, wheelDown
        /// The pointer moved with a button held, or a wheel the toolkit does not use (sideways).
        case other
    }

    public var action: Action
    /// The cell, from zero.
    public var position: Position

    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.position = Position(x: x, y: y)
    }

    /// From the button number of a report: the low bits name the button, 32 marks motion, 64 a wheel.
    init(button code: Int, released: Bool, x: Int, y: Int) {
        let action: Action = if code & 64 != 0 {
            switch code & 3 {
            case 0: .wheelUp
            case 1: .wheelDown
            default: .other
            }
        } else if code & 32 != 0 {
            .other
        } else if released || code & 3 == 3 {
            .release
        } else {
            .press(button: code & 3)
        }
        self.init(action, x: x, y: y)
    }
}

extension Buffer {
    /// What a mouse report means on this frame: a press of the main button on a hit area is a
    /// click on it; the wheel scrolls what is under it, one row a notch. Other reports mean nothing.
    public func event(for report: MouseReport) -> Event? {
        switch report.action {
        case .press(button: 0): hitTarget(at: report.position).map(Event.click)
        case .wheelUp: .scroll(target: hitTarget(at: report.position), rows: -1)
        case .wheelDown: .scroll(target: hitTarget(at: report.position), rows: 1)
        default: nil
        }
    }
}
