/// One terminal cell: a grapheme (with any combining marks), the columns it covers and its style.
/// A wide grapheme sits in its first cell; the cell after it is a `continuation`.
public struct Cell: Hashable, Sendable {
    public var symbol: String
    /// 1 or 2 for a grapheme, 0 for the second half of a wide one.
    public var width: UInt8
    public var style: Style

    public init(_ symbol: String = " ", width: Int = 1, style: Style = .plain) {
        self.symbol = symbol
        self.width = UInt8(width)
        self.style = style
    }

    public static let blank = Cell()

    /// The right half of a wide grapheme: never drawn on its own.
    public static func continuation(_ style: Style) -> Cell { Cell("", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
