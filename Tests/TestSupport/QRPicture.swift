import Foundation

/// A QR code drawn as text (half blocks, or `#` in ASCII), turned back into a picture as a phone
/// camera would see the terminal, and read with zbarimg. Every other character is light.
public enum QRPicture {
    /// A binary PGM image of `lines`, each character `cellWidth` x `cellHeight` pixels.
    public static func pgm(_ lines: [String], cellWidth: Int = 4, cellHeight: Int = 8) -> Data {
        let rows = lines.map(Array.init)
        let width = (rows.map(\.count).max() ?? 0) * cellWidth, height = rows.count * cellHeight
        var pixels = [UInt8](repeating: 255, count: width * height)
        for (y, row) in rows.enumerated() {
            for (x, symbol) in row.enumerated() {
                let (top, bottom) = darkHalves(symbol)
                for py in 0..<cellHeight where py < cellHeight / 2 ? top : bottom {
                    for px in 0..<cellWidth {
                        pixels[(y * cellHeight + py) * width + x * cellWidth + px] = 0
                    }
                }
            }
        }
        return Data("P5\n\(width) \(height)\n255\n".utf8) + Data(pixels)
    }

    private static func darkHalves(_ symbol: Character) -> (Bool, Bool) {
        switch symbol {
        case "█", "#": (true, true)
        case "▀": (true, false)
        case "▄": (false, true)
        default: (false, false)
        }
    }

    /// What zbarimg reads in `lines`; fails clearly when zbarimg is not installed.
    public static func decode(_ lines: [String], cellWidth: Int = 4, cellHeight: Int = 8) throws -> String {
        let zbarimg = try MissingTool.require("zbarimg", package: "zbar-tools")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pgm")
        try pgm(lines, cellWidth: cellWidth, cellHeight: cellHeight).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Command.run(zbarimg, ["-q", "--raw", file.path]).output.trimmingCharacters(in: .newlines)
    }
}
