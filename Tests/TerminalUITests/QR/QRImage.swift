import Foundation
import TestSupport
import TerminalUI

/// Reads the QR cells of a buffer back with zbarimg, as a phone camera would see the terminal.
enum QRImage {
    static func decode(_ buffer: Buffer, mode: QRView.Mode) throws -> String {
        let lines = (0..<buffer.area.height).map { y in
            String((0..<buffer.area.width).map { x in
                let cell = buffer[x, y]
                return cell.style.role == .qr ? cell.symbol.first ?? " " : " "
            })
        }
        let (cellWidth, cellHeight) = mode == .halfBlocks ? (4, 8) : (2, 4)
        return try QRPicture.decode(lines, cellWidth: cellWidth, cellHeight: cellHeight)
    }
}
