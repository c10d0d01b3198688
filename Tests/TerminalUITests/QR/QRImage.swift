import Foundation
import TestSupport
import TerminalUI

/// Reads the QR cells of a buffer back with zbarimg, as a phone camera would see them in the QR
/// role's black on white: half blocks by their halves, ASCII modules dark where reversed.
enum QRImage {
    static func decode(_ buffer: Buffer) throws -> String {
        let rows = (0..<buffer.area.height).map { y in
            (0..<buffer.area.width).map { x -> CellShade in
                let cell = buffer[x, y]
                guard cell.style.role == .qr else { return .white }
                if cell.style.attributes.contains(.reverse) { return CellShade(top: 0, bottom: 0) }
                return QRPicture.shade(ofHalfBlock: cell.symbol.first ?? " ")
            }
        }
        return try QRPicture.decode(rows)
    }
}
