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

/// Something the terminal reports. Mouse reports arrive matched to the frame on screen: as a
/// click on, or a turn of the wheel over, the hit area a widget drew there (`Buffer.addHitArea`).
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Text that arrived at once: a paste (bracketed or not), never typed key by key.
    case paste(String)
    /// The terminal changed size.
    case resize(Size)
    /// A click of the main mouse button on the hit area named `target`.
    case click(String)
    /// The mouse wheel turned over the hit area `target` (nil: none there): `rows` down when
    /// positive, up when negative.
    case scroll(target: String?, rows: Int)
    /// The terminal is gone (the SSH link dropped with SIGHUP ignored): finish and quit.
    case terminalClosed
    /// The program was asked to end by a signal (SIGHUP, SIGTERM, SIGINT; see `ProcessSignals`):
    /// finish and quit as on a normal quit.
    case quitRequested
}
