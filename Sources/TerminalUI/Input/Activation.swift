extension Event {
    /// Enter, Space or a click: what presses a focused button, follows a link or ticks a checkbox.
    /// A `FocusRing` lets through only the clicks on its controls, focusing the one clicked first.
    public var isActivation: Bool {
        switch self {
        case .key(.enter), .key(.character(" ")), .click: true
        default: false
        }
    }

    /// Enter, Space, or a click on `target`: for a screen whose one button has no focus ring.
    public func activates(_ target: String) -> Bool {
        self == .key(.enter) || self == .key(.character(" ")) || self == .click(target)
    }

    /// The row a click landed on in the list whose hit areas are `list.<row>` (see `ListView`).
    public func clickedRow(of list: String) -> Int? {
        guard case .click(let target) = self, target.hasPrefix(list + ".") else { return nil }
        return Int(target.dropFirst(list.count + 1))
    }
}
