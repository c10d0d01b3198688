/// A key the user pressed.
public enum Key: Hashable, Sendable {
    /// A printable character (any script).
    case character(Character)
    /// Control plus a letter (`ctrl("a")` is Ctrl-A); Tab, Enter and Backspace have their own cases.
    case ctrl(Character)
    case up, down, left, right
    case tab, backTab
    case enter, escape
    case backspace, delete
    case home, end, pageUp, pageDown, insert
    /// F1 ... F24.
    case function(Int)
}

/// A mouse click at a screen position.
public struct MouseClick: Hashable, Sendable {
    public var position: Position

    public init(x: Int, y: Int) {
        position = Position(x: x, y: y)
    }
}

/// Something the terminal reports.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Text that arrived at once: a paste (bracketed or not), never typed key by key.
    case paste(String)
    /// The terminal changed size.
    case resize(Size)
    case mouse(MouseClick)
    /// The terminal is gone (the SSH link dropped with SIGHUP ignored): finish and quit.
    case terminalClosed
}
