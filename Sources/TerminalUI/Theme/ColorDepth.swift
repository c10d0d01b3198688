/// How many colors a terminal can show; `none` means attributes only (also under NO_COLOR).
public enum ColorDepth: Int, Comparable, Sendable {
    case none = 0
    case eight = 8
    case sixteen = 16
    case full256 = 256

    /// The depth for a terminal reporting `colors` colors, honouring NO_COLOR (any non-empty value).
    public static func detect(colors: Int, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        switch colors {
        case 256...: return .full256
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .none
        }
    }

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }
}

extension Color {
    /// This color as one the terminal can show: the nearest palette entry within `depth`,
    /// or nil when the terminal shows no colors.
    public func approximated(to depth: ColorDepth) -> Color? {
        switch (self, depth) {
        case (_, .none): return nil
        case (.terminalDefault, _): return self
        case (.indexed(let i), _) where Int(i) < depth.rawValue: return self
        case (.indexed(let i), .eight) where i < 16: return .indexed(i - 8)
        case (.rgb, .full256): return .indexed(Palette.nearest(to: rgbValue, in: 16..<256))
        default: return .indexed(Palette.nearest(to: rgbValue, in: 0..<depth.rawValue))
        }
    }

    var rgbValue: (Int, Int, Int) {
        switch self {
        case .terminalDefault: return (0, 0, 0)
        case .indexed(let i): return Palette.rgb(of: Int(i))
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        }
    }
}

/// The xterm 256-color palette, for picking the nearest color.
enum Palette {
    private static let base: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgb(of index: Int) -> (Int, Int, Int) {
        if index < 16 { return base[index] }
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let cube = index - 16
        let step = { (n: Int) in n == 0 ? 0 : 55 + n * 40 }
        return (step(cube / 36), step(cube / 6 % 6), step(cube % 6))
    }

    static func nearest(to color: (Int, Int, Int), in range: Range<Int>) -> UInt8 {
        func distance(_ i: Int) -> Int {
            let c = rgb(of: i)
            let (dr, dg, db) = (c.0 - color.0, c.1 - color.1, c.2 - color.2)
            return dr * dr * 3 + dg * dg * 4 + db * db * 2
        }
        return UInt8(range.min { distance($0) < distance($1) }!)
    }
}
