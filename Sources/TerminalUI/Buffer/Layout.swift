/// Small layout helpers: the screens cut their areas with these.
extension Rect {
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }

    /// The rectangle shrunk by `horizontal` columns on each side and `vertical` rows on top and bottom.
    public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
        Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// A rectangle of at most `width` x `height`, centred in `self`.
    public func centered(width w: Int, height h: Int) -> Rect {
        let w = min(w, width), h = min(h, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The single row `index` rows below the top (empty when outside).
    public func row(_ index: Int) -> Rect {
        intersection(Rect(x: x, y: y + index, width: width, height: 1))
    }

    /// Cuts `self` into horizontal bands from top to bottom; see `Length`.
    public func splitRows(_ lengths: [Length]) -> [Rect] {
        var top = y
        return Length.resolve(lengths, total: height).map { h in
            defer { top += h }
            return Rect(x: x, y: top, width: width, height: h)
        }
    }

    /// Cuts `self` into vertical bands from left to right; see `Length`.
    public func splitColumns(_ lengths: [Length]) -> [Rect] {
        var left = x
        return Length.resolve(lengths, total: width).map { w in
            defer { left += w }
            return Rect(x: left, y: y, width: w, height: height)
        }
    }
}

/// The length of one band when splitting a rectangle.
public enum Length: Equatable, Sendable {
    /// Exactly this many cells (less when the space runs out).
    case fixed(Int)
    /// An equal share of what the fixed bands leave.
    case fill

    static func resolve(_ lengths: [Length], total: Int) -> [Int] {
        let fixed = lengths.reduce(0) { sum, length in
            if case .fixed(let n) = length { return sum + n }
            return sum
        }
        let fills = lengths.filter { $0 == .fill }.count
        let spare = max(0, total - fixed)
        var fillIndex = 0
        var remaining = total
        return lengths.map { length in
            let wanted: Int
            switch length {
            case .fixed(let n): wanted = n
            case .fill:
                wanted = spare / fills + (fillIndex < spare % fills ? 1 : 0)
                fillIndex += 1
            }
            let given = max(0, min(wanted, remaining))
            remaining -= given
            return given
        }
    }
}
