import Foundation
import TerminalUI

/// A terminal's colors as a phone camera sees them: the default foreground and background and
/// the 16 ANSI colors, as light values from 0 (black) to 1 (white).
public struct ColorScheme: Sendable, CustomStringConvertible {
    public let description: String
    let foreground: Double
    let background: Double
    let ansi: [Double]

    /// Light text on a dark background, xterm's own palette.
    public static let dark = ColorScheme(
        description: "dark", foreground: luminance(0xC0, 0xC0, 0xC0), background: luminance(0x1C, 0x1C, 0x1C),
        ansi: [(0, 0, 0), (0xCD, 0, 0), (0, 0xCD, 0), (0xCD, 0xCD, 0), (0, 0, 0xEE), (0xCD, 0, 0xCD), (0, 0xCD, 0xCD),
               (0xE5, 0xE5, 0xE5), (0x7F, 0x7F, 0x7F), (0xFF, 0, 0), (0, 0xFF, 0), (0xFF, 0xFF, 0), (0x5C, 0x5C, 0xFF),
               (0xFF, 0, 0xFF), (0, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF)].map(luminance))

    /// Dark text on a light background, Solarized Light's palette: "black" is a dark blue-gray
    /// and "white" a cream, as light schemes often have them.
    public static let light = ColorScheme(
        description: "light", foreground: luminance(0x58, 0x6E, 0x75), background: luminance(0xFD, 0xF6, 0xE3),
        ansi: [(0x07, 0x36, 0x42), (0xDC, 0x32, 0x2F), (0x85, 0x99, 0x00), (0xB5, 0x89, 0x00), (0x26, 0x8B, 0xD2),
               (0xD3, 0x36, 0x82), (0x2A, 0xA1, 0x98), (0xEE, 0xE8, 0xD5), (0x00, 0x2B, 0x36), (0xCB, 0x4B, 0x16),
               (0x58, 0x6E, 0x75), (0x65, 0x7B, 0x83), (0x83, 0x94, 0x96), (0x6C, 0x71, 0xC4), (0x93, 0xA1, 0xA1),
               (0xFD, 0xF6, 0xE3)].map(luminance))

    public static let all = [dark, light]

    /// The light value of an sRGB color (Rec. 709 weights).
    static func luminance(_ red: Int, _ green: Int, _ blue: Int) -> Double {
        (0.2126 * Double(red) + 0.7152 * Double(green) + 0.0722 * Double(blue)) / 255
    }

    static func luminance(_ rgb: (Int, Int, Int)) -> Double {
        luminance(rgb.0, rgb.1, rgb.2)
    }

    /// A color of the 256-color palette: the 16 of the scheme, the 6x6x6 cube, the gray ramp.
    func value(of color: PaneColor) -> Double? {
        switch color {
        case .terminalDefault: return nil
        case .indexed(let index) where index < 16: return ansi[index]
        case .indexed(let index) where index < 232:
            let steps = [0, 95, 135, 175, 215, 255], cube = index - 16
            return Self.luminance(steps[cube / 36], steps[cube / 6 % 6], steps[cube % 6])
        case .indexed(let index): return Double(8 + 10 * (index - 232)) / 255
        case .rgb(let red, let green, let blue): return Self.luminance(red, green, blue)
        }
    }
}

/// A color as a terminal is told it: the default, an index of the palette, or red-green-blue.
public enum PaneColor: Equatable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(Int, Int, Int)
}

/// One cell of a pane, with the colors and reverse video the program drew it in.
public struct PaneCell: Equatable, Sendable {
    public var symbol: Character
    public var foreground: PaneColor
    public var background: PaneColor
    public var reverse: Bool
}

/// A tmux pane as `capture-pane -p -e` prints it (text with the SGR sequences that color it),
/// read back into cells, and shaded as a camera sees it under a color scheme.
public struct PanePicture: Equatable, Sendable {
    public let rows: [[PaneCell]]

    public init(escaped text: String) {
        var rows: [[PaneCell]] = []
        var current = PaneCell(symbol: " ", foreground: .terminalDefault, background: .terminalDefault, reverse: false)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var cells: [PaneCell] = []
            var characters = line.makeIterator()
            while let character = characters.next() {
                guard character == "\u{1B}" else {
                    current.symbol = character
                    cells.append(current)
                    // A wide character covers two cells of the pane.
                    if DisplayWidth.of(character) == 2 { cells.append(current) }
                    continue
                }
                var sequence = ""
                while let next = characters.next() {
                    if next == "m" || next.isLetter { break }
                    if next != "[" { sequence.append(next) }
                }
                Self.apply(sequence, to: &current)
            }
            rows.append(cells)
        }
        self.rows = rows
    }

    /// Applies the parameters of one SGR sequence (`38;5;75`, `0`, `7` ...).
    private static func apply(_ parameters: String, to cell: inout PaneCell) {
        var numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if numbers.isEmpty { numbers = [0] }
        func color() -> PaneColor {
            switch numbers.popFirst() {
            case 5: .indexed(numbers.popFirst() ?? 0)
            case 2: .rgb(numbers.popFirst() ?? 0, numbers.popFirst() ?? 0, numbers.popFirst() ?? 0)
            default: .terminalDefault
            }
        }
        while let number = numbers.popFirst() {
            switch number {
            case 0:
                cell.foreground = .terminalDefault
                cell.background = .terminalDefault
                cell.reverse = false
            case 7: cell.reverse = true
            case 27: cell.reverse = false
            case 30...37: cell.foreground = .indexed(number - 30)
            case 38: cell.foreground = color()
            case 39: cell.foreground = .terminalDefault
            case 40...47: cell.background = .indexed(number - 40)
            case 48: cell.background = color()
            case 49: cell.background = .terminalDefault
            case 90...97: cell.foreground = .indexed(number - 90 + 8)
            case 100...107: cell.background = .indexed(number - 100 + 8)
            default: break
            }
        }
    }

    /// How each cell looks under `scheme`: half blocks by their halves, a space in its background,
    /// and other characters as the thin strokes of text (a quarter foreground).
    public func shades(_ scheme: ColorScheme) -> [[CellShade]] {
        rows.map { row in
            row.map { cell in
                var foreground = scheme.value(of: cell.foreground) ?? scheme.foreground
                var background = scheme.value(of: cell.background) ?? scheme.background
                if cell.reverse { swap(&foreground, &background) }
                switch cell.symbol {
                case "█": return CellShade(top: foreground, bottom: foreground)
                case "▀": return CellShade(top: foreground, bottom: background)
                case "▄": return CellShade(top: background, bottom: foreground)
                case " ": return CellShade(top: background, bottom: background)
                default:
                    let mixed = 0.25 * foreground + 0.75 * background
                    return CellShade(top: mixed, bottom: mixed)
                }
            }
        }
    }

    /// What zbarimg reads in the pane under `scheme`.
    public func decodeQR(_ scheme: ColorScheme) throws -> String {
        try QRPicture.decode(shades(scheme))
    }
}
