import Foundation
import TestSupport
import TerminalUI

/// Turns the QR cells of a buffer back into a picture, as a phone camera would see the
/// terminal: a binary PGM image, 4 pixels a module.
enum QRImage {
    static func pgm(_ buffer: Buffer, mode: QRView.Mode) -> Data {
        // Pixels per cell, and the dark parts of a cell as (top, bottom) halves.
        let (cellWidth, cellHeight) = mode == .halfBlocks ? (4, 8) : (2, 4)
        let width = buffer.area.width * cellWidth, height = buffer.area.height * cellHeight
        var pixels = [UInt8](repeating: 255, count: width * height)
        for y in 0..<buffer.area.height {
            for x in 0..<buffer.area.width {
                let cell = buffer[x, y]
                guard cell.style.role == .qr else { continue }
                let (top, bottom) = darkHalves(cell.symbol)
                for py in 0..<cellHeight where py < cellHeight / 2 ? top : bottom {
                    for px in 0..<cellWidth {
                        pixels[(y * cellHeight + py) * width + x * cellWidth + px] = 0
                    }
                }
            }
        }
        return Data("P5\n\(width) \(height)\n255\n".utf8) + Data(pixels)
    }

    private static func darkHalves(_ symbol: String) -> (Bool, Bool) {
        switch symbol {
        case "█", "#": (true, true)
        case "▀": (true, false)
        case "▄": (false, true)
        default: (false, false)
        }
    }

    /// What zbarimg reads in the image; fails clearly when zbarimg is not installed.
    static func decode(_ image: Data) throws -> String {
        let zbarimg = try MissingTool.require("zbarimg", package: "zbar-tools")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pgm")
        try image.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Command.run(zbarimg, ["-q", "--raw", file.path]).output.trimmingCharacters(in: .newlines)
    }
}
