@preconcurrency import CNcursesw
import Testing
import TerminalUI

@Suite struct InputDecoderTests {
    private let size = Size(width: 80, height: 24)

    private func decode(_ raw: RawInput...) -> [Event] {
        decode(raw)
    }

    private func decode(_ raw: [RawInput]) -> [Event] {
        InputDecoder.decode(raw, size: size)
    }

    private func chars(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .character($0.value) }
    }

    @Test(arguments: [
        (RawInput.character(9), Key.tab), (.keyCode(KEY_BTAB), .backTab),
        (.character(10), .enter), (.character(13), .enter), (.keyCode(KEY_ENTER), .enter),
        (.character(27), .escape),
        (.keyCode(KEY_BACKSPACE), .backspace), (.character(127), .backspace), (.character(8), .backspace),
        (.keyCode(KEY_DC), .delete), (.keyCode(KEY_HOME), .home), (.keyCode(KEY_END), .end),
        (.keyCode(KEY_UP), .up), (.keyCode(KEY_DOWN), .down), (.keyCode(KEY_LEFT), .left), (.keyCode(KEY_RIGHT), .right),
        (.keyCode(KEY_PPAGE), .pageUp), (.keyCode(KEY_NPAGE), .pageDown),
        (.keyCode(KEY_F0 + 1), .function(1)), (.keyCode(KEY_F0 + 12), .function(12)),
        (.character(1), .ctrl("a")), (.character(5), .ctrl("e")), (.character(21), .ctrl("u")), (.character(23), .ctrl("w")),
        (.character(0x41), .character("A")), (.character(0xE9), .character("é")), (.character(0x5C71), .character("山")),
    ])
    func decodesKeys(raw: RawInput, key: Key) {
        #expect(decode(raw) == [.key(key)])
    }

    @Test func unknownCodesAreDropped() {
        #expect(decode(.keyCode(KEY_F0 + 40), .character(0), .character(0x9B)).isEmpty)
    }

    @Test func textArrivingTogetherIsOnePaste() {
        #expect(decode(chars("123 456")) == [.paste("123 456")])
        #expect(decode(chars("ab") + [.character(9)] + chars("c")) == [.paste("ab"), .key(.tab), .key(.character("c"))])
    }

    @Test func bracketedPasteKeepsItsTextWhole() {
        let burst = chars("x\u{1B}[200~one\ntwo\u{1B}[201~") + [.character(13)]
        #expect(decode(burst) == [.key(.character("x")), .paste("one two"), .key(.enter)])
    }

    @Test func bracketedPasteCutShortRunsToTheEnd() {
        #expect(decode(chars("\u{1B}[200~123")) == [.paste("123")])
    }

    @Test func resizeReportsTheNewSize() {
        #expect(decode(.keyCode(KEY_RESIZE)) == [.resize(size)])
    }

    @Test func mouseClicksPassThrough() {
        #expect(decode(.mouse(MouseClick(x: 3, y: 4))) == [.mouse(MouseClick(x: 3, y: 4))])
    }

    @Test func activationIsEnterOrSpace() {
        #expect(Event.key(.enter).isActivation)
        #expect(Event.key(.character(" ")).isActivation)
        #expect(!Event.key(.tab).isActivation)
    }
}
