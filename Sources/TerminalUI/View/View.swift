/// Anything that draws itself into an area of a buffer: widgets, and the app's screens built from
/// them. Views only write cells (and hit areas for mouse clicks); they never touch the terminal.
public protocol View {
    func render(into buffer: inout Buffer, area: Rect)
}

extension View {
    /// The view drawn alone into a fresh buffer of `size`: handy for whole screens and tests.
    public func rendered(size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        render(into: &buffer, area: buffer.area)
        return buffer
    }
}
