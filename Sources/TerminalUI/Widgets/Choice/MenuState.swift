/// One entry of a menu: a title and an optional hotkey that chooses it directly.
public struct MenuItem: Equatable, Sendable {
    public var title: String
    public var hotkey: Character?

    public init(_ title: String, hotkey: Character? = nil) {
        self.title = title
        self.hotkey = hotkey
    }
}

/// A menu being used: a list of items with a selection. Enter or an item's hotkey chooses;
/// Esc dismisses.
public struct MenuState: Equatable, Sendable {
    public let items: [MenuItem]
    public var list: ListState

    public enum Action: Equatable, Sendable {
        case moved
        case chosen(Int)
        case dismissed
    }

    public init(_ items: [MenuItem], selected: Int = 0) {
        self.items = items
        self.list = ListState(count: items.count, selected: selected)
    }

    /// What the event does to the menu; nil when it is not for the menu.
    public mutating func handle(_ event: Event) -> Action? {
        if list.handle(event) { return .moved }
        switch event {
        case .key(.enter): return .chosen(list.selected)
        case .key(.escape): return .dismissed
        case .key(.character(let c)):
            guard let index = items.firstIndex(where: { $0.hotkey?.lowercased() == c.lowercased() }) else { return nil }
            list.select(index)
            return .chosen(index)
        default: return nil
        }
    }

    /// The rows a `ListView` shows: titles, with hotkeys as details.
    public var rows: [ListView.Row] {
        items.map { ListView.Row($0.title, detail: $0.hotkey.map { String($0) } ?? "") }
    }
}
