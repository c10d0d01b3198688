/// What ncurses' `get_wch` returned, before decoding: a character, or a key code (KEY_*).
/// Mouse reports are read with `getmouse` by the backend and arrive already decoded.
public enum RawInput: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
    case mouse(MouseClick)
}
