import Foundation
import TerminalUI

/// How light each half of a terminal cell looks, from 0 (black) to 1 (white): a half block has
/// one half in the foreground color and one in the background color.
public struct CellShade: Equatable, Sendable {
    public var top: Double
    public var bottom: Double

    public init(top: Double, bottom: Double) {
        self.top = top
        self.bottom = bottom
    }

    public static let white = CellShade(top: 1, bottom: 1)
}

/// A screen turned into a picture as a phone camera would see the terminal, and read with zbarimg.
public enum QRPicture {
    /// A binary PGM image of `rows` of cells, each `cellWidth` x `cellHeight` pixels (a terminal
    /// cell is about twice as tall as it is wide).
    public static func pgm(_ rows: [[CellShade]], cellWidth: Int = 4, cellHeight: Int = 8) -> Data {
        let width = (rows.map(\.count).max() ?? 0) * cellWidth, height = rows.count * cellHeight
        var pixels = [UInt8](repeating: 255, count: width * height)
        for (y, row) in rows.enumerated() {
            for (x, shade) in row.enumerated() {
                for py in 0..<cellHeight {
                    let value = UInt8(max(0, min(255, (py < cellHeight / 2 ? shade.top : shade.bottom) * 255)))
                    for px in 0..<cellWidth {
                        pixels[(y * cellHeight + py) * width + x * cellWidth + px] = value
                    }
                }
            }
        }
        return Data("P5\n\(width) \(height)\n255\n".utf8) + Data(pixels)
    }

    /// What zbarimg reads in the picture of `rows`; fails clearly when zbarimg is not installed.
    public static func decode(_ rows: [[CellShade]], cellWidth: Int = 4, cellHeight: Int = 8) throws -> String {
        let zbarimg = try MissingTool.require("zbarimg", package: "zbar-tools")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pgm")
        try pgm(rows, cellWidth: cellWidth, cellHeight: cellHeight).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Command.run(zbarimg, ["-q", "--raw", file.path]).output.trimmingCharacters(in: .newlines)
    }

    /// The shades of a half-block symbol drawn dark on light: `█`, `▀`, `▄` or anything else (light).
    public static func shade(ofHalfBlock symbol: Character) -> CellShade {
        switch symbol {
        case "█": CellShade(top: 0, bottom: 0)
        case "▀": CellShade(top: 0, bottom: 1)
        case "▄": CellShade(top: 1, bottom: 0)
        default: .white
        }
    }
}

extension QRPicture {
    /// What zbarimg reads in the QR cells of a drawn buffer, seen in the QR role's black on white:
    /// half blocks by their halves, ASCII modules dark where reversed; other cells are light.
    public static func decode(_ buffer: Buffer) throws -> String {
        let rows = (0..<buffer.area.height).map { y in
            (0..<buffer.area.width).map { x -> CellShade in
                let cell = buffer[x, y]
                guard cell.style.role == .qr else { return .white }
                if cell.style.attributes.contains(.reverse) { return CellShade(top: 0, bottom: 0) }
                return shade(ofHalfBlock: cell.symbol.first ?? " ")
            }
        }
        return try decode(rows)
    }
}
