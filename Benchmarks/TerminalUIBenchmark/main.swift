import Foundation
import TerminalUI

// Times the largest screen: a QR code screen at 200x60, rendered into a buffer and flushed
// through the diff of the in-memory backend, then through ncurses writing to /dev/null.
// Run in release: swift run -c release terminalui-benchmark

let size = Size(width: 200, height: 60)
let code = try QRCode(encoding: "otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example")
let frames = 2000

/// The benchmark screen: a framed QR code, its secret in groups, a footer and a spinner that
/// changes every frame (so each flush has a little to send).
struct QRScreen: View {
    var tick: Int

    func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: Style(.background))
        let bands = area.splitRows([.fixed(1), .fill, .fixed(3), .fixed(1)])
        Label("Scan the registration code", style: Style(.title), alignment: .center).render(into: &buffer, area: bands[0])
        Block(title: "QR code").render(into: &buffer, area: bands[1])
        QRView(code).render(into: &buffer, area: Block.inner(bands[1]))
        Paragraph("Secret key: JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP — type it if the code does not scan.")
            .render(into: &buffer, area: bands[2])
        Spinner(tick: tick, label: "waiting for the code").render(into: &buffer, area: bands[2].row(2))
        Footer([KeyHint("Tab", "next"), KeyHint("Enter", "verify"), KeyHint("Esc", "back"), KeyHint("F1", "help")])
            .render(into: &buffer, area: bands[3])
    }
}

func measure(_ label: String, _ body: (Int) -> Void) {
    body(-1)   // warm up
    let clock = ContinuousClock()
    let elapsed = clock.measure { for i in 0..<frames { body(i) } }
    let perFrame = elapsed / frames
    let micros = Double(perFrame.components.attoseconds) / 1e12 + Double(perFrame.components.seconds) * 1e6
    print("\(label): \(String(format: "%.1f", micros)) µs per frame (\(frames) frames)")
}

print("QR screen \(size.width)x\(size.height), QR \(code.width) modules")
measure("render only              ") { tick in _ = QRScreen(tick: tick).rendered(size: size) }

let memory = InMemoryTerminal(size: size)
measure("render + in-memory flush ") { tick in memory.draw(QRScreen(tick: tick).rendered(size: size)) }
print("  cells sent by the last diff: \(memory.lastChanges.count)")
measure("full redraw (no diff)    ") { tick in
    let fresh = InMemoryTerminal(size: size)
    fresh.draw(QRScreen(tick: tick).rendered(size: size))
}

setenv("COLUMNS", "\(size.width)", 1)
setenv("LINES", "\(size.height)", 1)
setenv("TERM", "xterm-256color", 1)
if let null = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") {
    do {
        let curses = try NcursesTerminal(input: input, output: null)
        measure("render + ncurses flush   ") { tick in curses.draw(QRScreen(tick: tick).rendered(size: size)) }
        curses.restore()
    } catch {
        print("ncurses: \(error)")
    }
}
