/// Which control of a screen has the focus, in Tab order: Tab moves forward, Shift-Tab back,
/// both wrapping around.
public struct FocusRing<ID: Hashable & Sendable>: Equatable, Sendable {
    public private(set) var order: [ID]
    private var index: Int

    public init(_ order: [ID], focused: ID? = nil) {
        precondition(!order.isEmpty, "a focus ring needs at least one control")
        self.order = order
        self.index = focused.flatMap { order.firstIndex(of: $0) } ?? 0
    }

    public var focused: ID { order[index] }

    public func isFocused(_ id: ID) -> Bool { focused == id }

    public mutating func focus(_ id: ID) {
        if let i = order.firstIndex(of: id) { index = i }
    }

    public mutating func next() { index = (index + 1) % order.count }
    public mutating func previous() { index = (index + order.count - 1) % order.count }

    /// Moves the focus on Tab and Shift-Tab; false for other events.
    @discardableResult
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.tab): next()
        case .key(.backTab): previous()
        default: return false
        }
        return true
    }

    /// Changes the controls (a screen that shows or hides one), keeping the focus when it remains.
    public mutating func setOrder(_ newOrder: [ID]) {
        precondition(!newOrder.isEmpty, "a focus ring needs at least one control")
        let current = focused
        order = newOrder
        index = newOrder.firstIndex(of: current) ?? min(index, newOrder.count - 1)
    }
}
