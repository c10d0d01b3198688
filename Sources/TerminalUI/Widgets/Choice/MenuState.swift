/// One entry of a menu: a title, an optional hotkey that chooses it directly, and what choosing
/// it means (an action of the app's own).
public struct MenuItem<Value: Hashable & Sendable>: Equatable, Sendable {
    public var title: String
    public var hotkey: Character?
    public var value: Value

    public init(_ title: String, hotkey: Character? = nil, value: Value) {
        self.title = title
        self.hotkey = hotkey
        self.value = value
    }
}

/// A menu being used: a list of items with a selection. Enter, an item's hotkey or a click on
/// its row (hit area `<id>.<row>`) chooses; Esc dismisses.
public struct MenuState<Value: Hashable & Sendable>: Equatable, Sendable {
    public let items: [MenuItem<Value>]
    public var list: ListState
    /// The name of the menu's hit areas.
    public let id: String

    public enum Action: Equatable, Sendable {
        case moved
        case chosen(Value)
        case dismissed
    }

    public init(_ items: [MenuItem<Value>], selected: Int = 0, id: String = "menu") {
        self.items = items
        self.list = ListState(count: items.count, selected: selected)
        self.id = id
    }

    /// What the event does to the menu; nil when it is not for the menu.
    public mutating func handle(_ event: Event) -> Action? {
        if let row = event.clickedRow(of: id), items.indices.contains(row) {
            list.select(row)
            return .chosen(items[row].value)
        }
        if list.handle(event) { return .moved }
        switch event {
        case .key(.enter): return .chosen(items[list.selected].value)
        case .key(.escape): return .dismissed
        case .key(.character(let c)):
            guard let index = items.firstIndex(where: { $0.hotkey?.lowercased() == c.lowercased() }) else { return nil }
            list.select(index)
            return .chosen(items[index].value)
        default: return nil
        }
    }

    /// The rows a `ListView` shows: titles, with hotkeys as details.
    public var rows: [ListView.Row] {
        items.map { ListView.Row($0.title, detail: $0.hotkey.map { String($0) } ?? "") }
    }
}
