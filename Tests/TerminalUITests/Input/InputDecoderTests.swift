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

    /// The reports a terminal sends in SGR mode (1006), 1-based, and in the older X10 form.
    @Test func mouseReportsAreReadFromTheCharacters() {
        var reports: [MouseReport] = []
        let record = { (report: MouseReport) -> Event? in
            reports.append(report)
            return .click("at \(report.position.x),\(report.position.y)")
        }
        let burst = chars("a\u{1B}[<0;10;5Mb\u{1B}[<0;10;5m\u{1B}[<64;1;1M\u{1B}[<65;2;3M\u{1B}[<32;4;4M\u{1B}[M !\"")
        let events = InputDecoder.decode(burst, size: size, mouse: record)
        #expect(reports == [
            MouseReport(.press(button: 0), x: 9, y: 4), MouseReport(.release, x: 9, y: 4),
            MouseReport(.wheelUp, x: 0, y: 0), MouseReport(.wheelDown, x: 1, y: 2), MouseReport(.other, x: 3, y: 3),
            MouseReport(.press(button: 0), x: 0, y: 1),
        ])
        #expect(events.first == .key(.character("a")))
        #expect(events[2] == .key(.character("b")), "the letters around a report stay keys, not a paste")
        #expect(!events.contains(.key(.escape)), "no report is taken for Esc")
    }

    @Test func aMalformedReportIsNotAMouseReport() {
        var seen = false
        let events = InputDecoder.decode(chars("\u{1B}[<0;x;5M"), size: size) { _ in
            seen = true
            return nil
        }
        #expect(!seen)
        #expect(events.first == .key(.escape))
    }

    @Test func aReportMeansWhatTheFrameShowsThere() {
        var frame = Buffer(size: Size(width: 20, height: 5))
        frame.addHitArea("list.0", Rect(x: 0, y: 0, width: 20, height: 1))
        frame.addHitArea("ok", Rect(x: 2, y: 3, width: 6, height: 1))
        #expect(frame.event(for: MouseReport(.press(button: 0), x: 4, y: 3)) == .click("ok"))
        #expect(frame.event(for: MouseReport(.press(button: 0), x: 15, y: 3)) == nil, "nothing there")
        #expect(frame.event(for: MouseReport(.press(button: 2), x: 4, y: 3)) == nil, "the other button")
        #expect(frame.event(for: MouseReport(.release, x: 4, y: 3)) == nil)
        #expect(frame.event(for: MouseReport(.wheelDown, x: 5, y: 0)) == .scroll(target: "list.0", rows: 1))
        #expect(frame.event(for: MouseReport(.wheelUp, x: 5, y: 4)) == .scroll(target: nil, rows: -1))
    }

    @Test func aTerminalMatchesReportsToTheFrameItDrew() {
        let terminal = InMemoryTerminal(size: Size(width: 20, height: 3))
        var frame = Buffer(size: terminal.size)
        Button("OK", id: "ok").render(into: &frame, area: frame.area.row(1))
        terminal.draw(frame)
        terminal.send(MouseReport(.press(button: 0), x: 2, y: 1))
        terminal.send(MouseReport(.press(button: 0), x: 2, y: 2))
        #expect(terminal.readEvents(timeout: .zero) == [.click("ok")])
        #expect(terminal.readEvents(timeout: .zero).isEmpty, "nothing to click there")
    }

    @Test func activationIsEnterSpaceOrAClick() {
        #expect(Event.key(.enter).isActivation)
        #expect(Event.key(.character(" ")).isActivation)
        #expect(Event.click("ok").isActivation)
        #expect(!Event.key(.tab).isActivation)
        #expect(Event.click("ok").activates("ok") && !Event.click("other").activates("ok"))
        #expect(Event.click("methods.2").clickedRow(of: "methods") == 2)
        #expect(Event.click("methodsX.2").clickedRow(of: "methods") == nil)
    }
}
