/// What a text field holds: its text and the cursor, edited by `handle`.
/// Keys: printable text and pastes insert; Left/Right, Home/End and Ctrl-A/Ctrl-E move;
/// Backspace and Delete erase; Ctrl-U erases to the start, Ctrl-K to the end, Ctrl-W the word before.
public struct TextFieldState: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor, as an index into `characters` (0 ... count).
    public private(set) var cursor: Int
    /// The most characters the field takes; nil: no limit.
    public var maxLength: Int?

    public init(_ text: String = "", maxLength: Int? = nil) {
        self.characters = Array(text.prefix(maxLength ?? Int.max))
        self.cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }

    /// Applies one event; false when the field has no use for it (Tab, Enter, Esc ...).
    @discardableResult
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .paste(let text): insert(text.filter { $0 != "\n" && $0 != "\r" })
        case .key(let key): return handle(key)
        case .resize, .click, .scroll, .terminalClosed, .quitRequested: return false
        }
        return true
    }

    private mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace: erase(from: cursor - 1, to: cursor)
        case .delete, .ctrl("d"): erase(from: cursor, to: cursor + 1)
        case .ctrl("u"): erase(from: 0, to: cursor)
        case .ctrl("k"): erase(from: cursor, to: characters.count)
        case .ctrl("w"): erase(from: startOfWordBeforeCursor, to: cursor)
        default: return false
        }
        return true
    }

    /// Inserts at the cursor as much of `text` as the maximum length allows. A combining mark
    /// typed on its own (a dakuten, an accent) joins the character before it, as it shows.
    public mutating func insert(_ text: String) {
        let room = (maxLength ?? Int.max) - characters.count
        let head = Array(String(characters[..<cursor]) + String(text.prefix(max(0, room))))
        characters = Array(String(head) + String(characters[cursor...]))
        cursor = min(head.count, characters.count)
    }

    private mutating func erase(from start: Int, to end: Int) {
        let range = max(0, start)..<min(characters.count, end)
        guard !range.isEmpty else { return }
        characters.removeSubrange(range)
        cursor = range.lowerBound
    }

    private var startOfWordBeforeCursor: Int {
        var i = cursor
        while i > 0 && characters[i - 1] == " " { i -= 1 }
        while i > 0 && characters[i - 1] != " " { i -= 1 }
        return i
    }
}
