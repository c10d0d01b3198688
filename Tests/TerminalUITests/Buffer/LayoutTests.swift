import Testing
import TerminalUI

@Suite struct LayoutTests {
    @Test func splitRowsGivesFixedBandsAndSharesTheRest() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        let bands = area.splitRows([.fixed(1), .fill, .fill, .fixed(1)])
        #expect(bands.map(\.height) == [1, 11, 11, 1])
        #expect(bands.map(\.y) == [0, 1, 12, 23])
    }

    @Test func fixedBandsShrinkWhenSpaceRunsOut() {
        let bands = Rect(x: 5, y: 0, width: 10, height: 1).splitColumns([.fixed(6), .fixed(6), .fill])
        #expect(bands.map(\.width) == [6, 4, 0])
        #expect(bands.map(\.x) == [5, 11, 15])
    }

    @Test func centeredAndInset() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(area.centered(width: 20, height: 4) == Rect(x: 30, y: 10, width: 20, height: 4))
        #expect(area.centered(width: 100, height: 4).width == 80)
        #expect(area.inset(horizontal: 2, vertical: 1) == Rect(x: 2, y: 1, width: 76, height: 22))
    }
}
