import TerminalUI
import TestSupport
import Testing

@Suite struct QRViewTests {
    private let uri = "otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"

    @Test(arguments: [QRView.Mode.halfBlocks, .ascii])
    func aRenderedCodeScansBackToTheURI(mode: QRView.Mode) throws {
        let code = try QRCode(encoding: uri)
        let buffer = QRView(code, mode: mode).rendered(size: Size(width: 100, height: 60))
        #expect(try QRPicture.decode(buffer) == uri)
    }

    @Test func theMinimumQuietZoneStillScans() throws {
        let code = try QRCode(encoding: uri)
        let view = QRView(code)
        #expect(view.minimumSize == Size(width: code.width + 4, height: (code.width + 5) / 2))
        let buffer = view.rendered(size: view.minimumSize)
        #expect(try QRPicture.decode(buffer) == uri)
    }

    @Test func everyCodeCellIsBlackOnWhite() throws {
        let buffer = QRView(try QRCode(encoding: uri)).rendered(size: Size(width: 60, height: 30))
        let codeCells = buffer.cells.filter { $0.symbol != " " }
        #expect(!codeCells.isEmpty)
        #expect(codeCells.allSatisfy { $0.style == Style(.qr) })
        #expect(Set(codeCells.map(\.symbol)).isSubset(of: ["▀", "▄", "█"]))
    }

    @Test func aTooSmallAreaAsksForTheExactWindowSize() throws {
        let code = try QRCode(encoding: uri)
        var buffer = Buffer(size: Size(width: 40, height: 12))
        QRView(code).render(into: &buffer, area: buffer.area.inset(horizontal: 2, vertical: 2))
        #expect(code.width == 37)
        #expect(buffer.textLines.joined(separator: " ").contains("Enlarge the window to 45 x 25"))
        #expect(!buffer.cells.contains { $0.style.role == .qr })
        var ascii = Buffer(size: Size(width: 80, height: 24))
        QRView(code, mode: .ascii).render(into: &ascii, area: ascii.area)
        #expect(ascii.textLines.joined(separator: " ").contains("Enlarge the window to 82 x 41"))
    }

    @Test func asciiModulesAreTwoCellsDarkInReverseVideo() throws {
        let code = try QRCode(encoding: uri)
        let buffer = QRView(code, mode: .ascii).rendered(size: Size(width: 100, height: 60))
        let cells = buffer.cells.filter { $0.style.role == .qr }
        #expect(cells.allSatisfy { $0.symbol == " " }, "solid cells, no characters for a camera to see")
        #expect(Set(cells.map(\.style)) == [Style(.qr), Style(.qr, .reverse)])
        let darkModules = (0..<code.width).flatMap { y in (0..<code.width).filter { code.isDark(x: $0, y: y) } }.count
        #expect(cells.filter { $0.style.attributes.contains(.reverse) }.count == 2 * darkModules)
    }

    /// Inverted, every cell of the code shows the other way round, the quiet zone too.
    @Test(arguments: [QRView.Mode.halfBlocks, .ascii])
    func anInvertedCodeSwapsEveryCell(mode: QRView.Mode) throws {
        let code = try QRCode(encoding: uri)
        let size = Size(width: 100, height: 60)
        let plain = QRView(code, mode: mode).rendered(size: size).cells
        let inverted = QRView(code, mode: mode, inverted: true).rendered(size: size).cells
        #expect(plain.count == inverted.count)
        for (cell, swapped) in zip(plain, inverted) where cell.style.role == .qr {
            #expect(cell.symbol == swapped.symbol)
            #expect(cell.style.attributes.contains(.reverse) != swapped.style.attributes.contains(.reverse))
        }
    }

    /// Low error correction makes a smaller symbol: what a screen, never smudged, can afford.
    @Test func lowErrorCorrectionMakesASmallerSymbol() throws {
        let medium = try QRCode(encoding: uri)
        let low = try QRCode(encoding: uri, correction: .low)
        #expect(medium.version == 5 && medium.width == 37)
        #expect(low.version == 4 && low.width == 33)
        #expect(try QRPicture.decode(QRView(low).rendered(size: Size(width: 60, height: 30))) == uri)
    }

    @Test func textTooLongForAQRCodeIsAnError() {
        #expect(throws: QRCodeError.self) { try QRCode(encoding: String(repeating: "x", count: 5000)) }
    }
}
