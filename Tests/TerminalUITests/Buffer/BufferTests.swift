import Testing
import TerminalUI

@Suite struct BufferTests {
    @Test func writesTextAndReportsColumnsUsed() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        let used = buffer.write("hello", x: 2, y: 0, style: Style(.accent))
        #expect(used == 5)
        #expect(buffer.textLines == ["  hello"])
        #expect(buffer[2, 0].style == Style(.accent))
        #expect(buffer[7, 0].style == .plain)
    }

    @Test func cjkCharactersTakeTwoColumns() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        let used = buffer.write("山田a", x: 0, y: 0, style: .plain)
        #expect(used == 5)
        #expect(buffer[0, 0] == Cell("山", width: 2))
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[4, 0].symbol == "a")
        #expect(buffer.text(row: 0) == "山田a")
    }

    @Test func clippingNeverSplitsAWideCharacter() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        buffer.fill(buffer.area, symbol: "x", style: .plain)
        let used = buffer.write("ab山", x: 0, y: 0, style: .plain, limit: 3)
        #expect(used == 3)
        #expect(buffer.text(row: 0) == "ab xxxxxxx")
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        buffer.write("ab漢", x: 0, y: 0, style: .plain)
        #expect(buffer.cells.map(\.symbol) == ["a", "b", " "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("漢字", x: 0, y: 0, style: .plain)
        buffer.write("x", x: 1, y: 0, style: .plain)
        #expect(buffer.cells.map(\.symbol) == [" ", "x", "字", ""])
        buffer.write("y", x: 2, y: 0, style: .plain)
        #expect(buffer.cells.map(\.symbol) == [" ", "x", "y", " "])
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        let used = buffer.write("e\u{301}a", x: 0, y: 0, style: .plain)
        #expect(used == 2)
        #expect(buffer[0, 0].symbol == "e\u{301}")
        buffer.write("\u{308}", x: 2, y: 0, style: .plain)
        #expect(buffer[1, 0].symbol == "a\u{308}")
    }

    @Test func controlCharactersAreNotDrawn() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        #expect(buffer.write("a\u{7}\tb", x: 0, y: 0, style: .plain) == 2)
        #expect(buffer.text(row: 0) == "ab")
    }

    @Test func writesOutsideTheAreaAreDropped() {
        var buffer = Buffer(area: Rect(x: 2, y: 1, width: 3, height: 1))
        buffer.write("abcdef", x: 0, y: 1, style: .plain)
        buffer.write("zz", x: 0, y: 0, style: .plain)
        #expect(buffer.textLines == ["cde"])
    }

    @Test func hitAreasFindTheTopmostTarget() {
        var buffer = Buffer(size: Size(width: 10, height: 3))
        buffer.addHitArea("back", Rect(x: 0, y: 0, width: 10, height: 3))
        buffer.addHitArea("button", Rect(x: 2, y: 1, width: 4, height: 1))
        #expect(buffer.hitTarget(at: Position(x: 3, y: 1)) == "button")
        #expect(buffer.hitTarget(at: Position(x: 8, y: 1)) == "back")
        #expect(buffer.hitTarget(at: Position(x: 20, y: 1)) == nil)
    }

    @Test func displayWidthMatchesWcwidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("Ａ" as Character) == 2)
        #expect(DisplayWidth.of("\u{301}" as Character) == 0)
        #expect(DisplayWidth.of("\u{1B}" as Character) == nil)
    }
}
