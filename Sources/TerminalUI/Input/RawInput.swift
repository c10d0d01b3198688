/// What ncurses' `get_wch` returned, before decoding: a character, or a key code (KEY_*).
/// Mouse reports arrive as characters (the toolkit reads them itself; see `MouseReport`).
public enum RawInput: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
}
