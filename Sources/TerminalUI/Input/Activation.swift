extension Event {
    /// Enter or Space: what presses a focused button, follows a link or ticks a checkbox.
    public var isActivation: Bool {
        self == .key(.enter) || self == .key(.character(" "))
    }
}
