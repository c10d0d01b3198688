import Testing
import TerminalUI

@Suite struct BufferDiffTests {
    @Test func firstFrameSendsEveryCellButContinuations() {
        var buffer = Buffer(size: Size(width: 4, height: 2))
        buffer.write("漢a", x: 0, y: 0, style: .plain)
        #expect(buffer.changes(since: nil).count == 7)
    }

    @Test func onlyChangedCellsAreSent() {
        var before = Buffer(size: Size(width: 20, height: 5))
        before.write("unchanged", x: 0, y: 0, style: .plain)
        var after = before
        after.write("!", x: 3, y: 2, style: Style(.error))
        after.setStyle(Style(.focus), in: Rect(x: 0, y: 0, width: 2, height: 1))
        let changes = after.changes(since: before)
        #expect(changes.map(\.position) == [Position(x: 0, y: 0), Position(x: 1, y: 0), Position(x: 3, y: 2)])
        #expect(changes.last?.cell == Cell("!", style: Style(.error)))
    }

    @Test func aResizedFrameIsSentWhole() {
        let before = Buffer(size: Size(width: 3, height: 1))
        let after = Buffer(size: Size(width: 4, height: 1))
        #expect(after.changes(since: before).count == 4)
    }

    @Test func inMemoryTerminalShowsWhatWasDrawnThroughTheDiff() {
        let terminal = InMemoryTerminal(size: Size(width: 10, height: 2))
        var frame = Buffer(size: terminal.size)
        frame.write("日本 ok", x: 0, y: 0, style: .plain)
        terminal.draw(frame)
        #expect(terminal.lastChanges.count == 18)
        frame.write("no", x: 5, y: 0, style: .plain)
        frame.cursor = Position(x: 1, y: 1)
        terminal.draw(frame)
        #expect(terminal.lastChanges.count == 2)
        #expect(terminal.screen.textLines == ["日本 no", ""])
        #expect(terminal.screen.cursor == Position(x: 1, y: 1))
    }

    @Test func inMemoryTerminalQueuesEventsAndResizes() {
        let terminal = InMemoryTerminal(size: Size(width: 10, height: 2))
        terminal.send(.key(.tab), .key(.enter))
        terminal.resize(to: Size(width: 20, height: 5))
        #expect(terminal.readEvents(timeout: .zero) == [.key(.tab), .key(.enter)])
        #expect(terminal.readEvents(timeout: .zero) == [.resize(Size(width: 20, height: 5))])
        #expect(terminal.readEvents(timeout: .zero).isEmpty)
        #expect(terminal.size == Size(width: 20, height: 5))
    }

    @Test func clipboardUsesOSC52() {
        #expect(Clipboard.osc52("JBSWY3DP") == "\u{1B}]52;c;SkJTV1kzRFA=\u{07}")
        let terminal = InMemoryTerminal(size: Size(width: 1, height: 1))
        terminal.copyToClipboard("secret")
        #expect(terminal.clipboard == ["secret"])
    }
}
