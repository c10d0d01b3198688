/// Which row of a list is selected; moved with Up/Down, Home/End, PageUp/PageDown and the wheel.
public struct ListState: Equatable, Sendable {
    public private(set) var selected: Int
    public var count: Int { didSet { selected = min(selected, max(0, count - 1)) } }
    /// Rows PageUp/PageDown move by.
    public var pageSize: Int

    public init(count: Int, selected: Int = 0, pageSize: Int = 10) {
        self.count = count
        self.selected = max(0, min(selected, count - 1))
        self.pageSize = pageSize
    }

    public mutating func select(_ index: Int) {
        selected = max(0, min(index, count - 1))
    }

    /// Moves the selection; false for events that are not list movement.
    @discardableResult
    public mutating func handle(_ event: Event) -> Bool {
        if case .scroll(_, let rows) = event {
            select(selected + rows)
            return true
        }
        guard case .key(let key) = event else { return false }
        switch key {
        case .up: select(selected - 1)
        case .down: select(selected + 1)
        case .home: select(0)
        case .end: select(count - 1)
        case .pageUp: select(selected - pageSize)
        case .pageDown: select(selected + pageSize)
        default: return false
        }
        return true
    }
}
