/// A control that a focus ring can find by the hit area its view draws: a click on `hitID`, or
/// on one of its rows `hitID.<row>`, is a click on the control.
public protocol Clickable: Hashable, Sendable {
    var hitID: String { get }
}

extension Clickable where Self: RawRepresentable, RawValue == String {
    public var hitID: String { rawValue }
}

extension String: Clickable {
    public var hitID: String { self }
}

/// Which control of a screen has the focus, in Tab order: Tab moves forward, Shift-Tab back,
/// both wrapping around; a click or a turn of the wheel moves it to the control under the mouse.
public struct FocusRing<ID: Clickable>: Equatable, Sendable {
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

    /// The control whose hit area (or one of whose rows) is `target`.
    public func control(at target: String) -> ID? {
        order.first { target == $0.hitID || target.hasPrefix($0.hitID + ".") }
    }

    /// Moves the focus for Tab and Shift-Tab, and to the control a click or the wheel is on.
    /// True when nothing more is to be done with the event: Tab, Shift-Tab, or a click beside
    /// every control. A click on a control is false: focused now, the control acts on it (see
    /// `Event.isActivation`), as does a list under the wheel.
    @discardableResult
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.tab): next()
        case .key(.backTab): previous()
        case .click(let target):
            guard let control = control(at: target) else { return true }
            focus(control)
            return false
        case .scroll(let target?, _):
            if let control = control(at: target) { focus(control) }
            return false
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
