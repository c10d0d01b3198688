import Testing
import TerminalUI

/// Japanese text at the edges: wrapped lines, fields and boxes count display width, never cut a
/// wide character or a grapheme in two, and break lines as Japanese is broken.
@Suite struct WideTextTests {
    @Test func japaneseBreaksBetweenCharactersWithoutSpaces() {
        #expect(Paragraph.wrap("多要素認証を設定してください", width: 10) == ["多要素認証", "を設定して", "ください"])
        #expect(Paragraph.wrap("コードを入力 Enter で確認", width: 14) == ["コードを入力", "Enter で確認"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        // 。 would be first on the second line: the character before it goes down with it.
        #expect(Paragraph.wrap("ようこそ。次へ", width: 8) == ["ようこ", "そ。次へ"])
        #expect(Paragraph.wrap("「次へ」を押す", width: 6) == ["「次", "へ」を", "押す"])
        #expect(Paragraph.wrap("パスワード、コード", width: 10) == ["パスワー", "ド、コード"])
        for line in Paragraph.wrap("設定、確認。「サインイン」、ログアウト。", width: 7).dropFirst() {
            #expect(!"、。」ー".contains(line.first!), "\(line) starts with closing punctuation")
        }
    }

    @Test func openingBracketsNeverEndALine() {
        // Without the rule the first line would be 設定は「 (8 columns).
        let lines = Paragraph.wrap("設定は「多要素認証」で", width: 8)
        #expect(lines == ["設定は", "「多要素", "認証」で"])
        #expect(lines.allSatisfy { $0.last != "「" })
    }

    @Test func aWideCharacterThatWouldCrossTheEdgeGoesToTheNextLine() {
        // 9 columns: 4 wide characters take 8, the fifth would need the 9th and a 10th.
        #expect(Paragraph.wrap("あいうえおか", width: 9) == ["あいうえ", "おか"])
        var buffer = Buffer(size: Size(width: 9, height: 2))
        Paragraph("あいうえおか").render(into: &buffer, area: buffer.area)
        #expect(buffer.textLines == ["あいうえ", "おか"])
        #expect(!buffer[8, 0].isContinuation && buffer[8, 0].symbol == " ")
    }

    @Test func graphemeClustersStayWhole() {
        // が as か and a combining dakuten, and an accented e: each one grapheme, never split.
        let decomposed = "か\u{3099}き\u{3099}く\u{3099}"
        #expect(DisplayWidth.of(decomposed) == 6)
        #expect(Paragraph.wrap(decomposed, width: 4) == ["か\u{3099}き\u{3099}", "く\u{3099}"])
        #expect(Paragraph.wrap("cafe\u{301} cafe\u{301}", width: 4) == ["cafe\u{301}", "cafe\u{301}"])
    }

    @Test func aBoxTitleOrLineOfWideTextStopsInsideTheFrame() {
        var buffer = Buffer(size: Size(width: 12, height: 3))
        Block(title: "アカウント設定").render(into: &buffer, area: buffer.area)
        Label("x多要素認証を設定").render(into: &buffer, area: Block.inner(buffer.area))
        // The title from column 2 up to column 10: ン would cross it and leaves a space.
        #expect(buffer.textLines[0] == "╭─ アカウ ─╮")
        // Inside, columns 1 to 10: x and four wide characters take 9, 証 would cross the frame.
        #expect(buffer.textLines[1] == "│x多要素認 │")
        #expect(buffer[11, 1].symbol == "│" && buffer[11, 0].symbol == "╮")
    }

    @Test func theCursorLandsAfterAWideCharacter() {
        var state = TextFieldState()
        for character in "山田x" { state.handle(.key(.character(character))) }
        var buffer = Buffer(size: Size(width: 20, height: 1))
        TextField(state, isFocused: true).render(into: &buffer, area: buffer.area)
        #expect(buffer.cursor == Position(x: 5, y: 0))
        state.handle(.key(.left))
        buffer = Buffer(size: Size(width: 20, height: 1))
        TextField(state, isFocused: true).render(into: &buffer, area: buffer.area)
        #expect(buffer.cursor == Position(x: 4, y: 0), "between 田 and x")
    }

    @Test func aFieldScrollsByWholeWideCharacters() {
        var state = TextFieldState()
        for character in "東京都千代田区" { state.handle(.key(.character(character))) }
        var buffer = Buffer(size: Size(width: 9, height: 1))
        TextField(state, isFocused: true).render(into: &buffer, area: buffer.area)
        // 8 columns hold the last 4 characters before the cursor; the cursor takes the 9th.
        #expect(buffer.text(row: 0).hasPrefix("千代田区"))
        #expect(buffer.cursor == Position(x: 8, y: 0))
        #expect(!buffer[0, 0].isContinuation)
        state.handle(.key(.home))
        buffer = Buffer(size: Size(width: 9, height: 1))
        TextField(state, isFocused: true).render(into: &buffer, area: buffer.area)
        // From the start: 東京都千 take 8 columns; 代 would cross the edge and is left out whole.
        #expect(buffer.text(row: 0) == "東京都千")
        #expect(buffer.cursor == Position(x: 0, y: 0))
    }

    @Test func aCombiningMarkTypedAloneJoinsTheCharacterBefore() {
        var state = TextFieldState()
        for character in "か" { state.handle(.key(.character(character))) }
        state.insert("\u{3099}")
        #expect(state.text == "か\u{3099}")
        #expect(state.characters.count == 1 && state.cursor == 1)
    }
}
