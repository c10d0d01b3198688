import Testing
import TerminalUI

@Suite struct RectTests {
    @Test func intersectsOverlappingRects() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        let b = Rect(x: 6, y: 3, width: 10, height: 10)
        #expect(a.intersection(b) == Rect(x: 6, y: 3, width: 4, height: 2))
    }

    @Test func disjointRectsIntersectEmpty() {
        let a = Rect(x: 0, y: 0, width: 2, height: 2)
        #expect(a.intersection(Rect(x: 5, y: 5, width: 1, height: 1)).isEmpty)
    }

    @Test func containsIsHalfOpen() {
        let r = Rect(x: 1, y: 1, width: 2, height: 2)
        #expect(r.contains(x: 1, y: 1))
        #expect(!r.contains(x: 3, y: 1))
    }
}
