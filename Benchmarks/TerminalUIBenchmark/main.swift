import Foundation
import TerminalUI

// Times the largest screen: a QR code screen at 200x60, rendered into a buffer and flushed
// through the diff of the in-memory backend, then through ncurses writing to /dev/null. Then the
// start-up of the authterm client beside a C floor built here: exec to the first frame in an
// 80x24 pty, and the peak resident memory by then.
// Run in release: swift run -c release terminalui-benchmark [--authterm PATH] [--runs N]

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

// Start-up: authterm (built beside this program, or --authterm PATH) against the C floor.
let options = CommandLine.arguments.dropFirst()
func option(_ name: String) -> String? {
    options.firstIndex(of: name).flatMap { options.index(after: $0) < options.endIndex ? options[options.index(after: $0)] : nil }
}
let runs = option("--runs").flatMap(Int.init) ?? 20
let here = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
let authterm = option("--authterm") ?? here.deletingLastPathComponent().appendingPathComponent("authterm").path
guard FileManager.default.isExecutableFile(atPath: authterm) else {
    print("\nStart-up: \(authterm) was not found; build it first: swift build -c release --product authterm")
    exit(0)
}
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("terminalui-benchmark-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
// A home of its own (no remembered session, no config), and a server address nothing answers:
// the sign-in screen is drawn before any answer.
let startup = StartupBenchmark(environment: [
    "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": scratch.path, "XDG_STATE_HOME": scratch.path,
    "XDG_CONFIG_HOME": scratch.path, "PATH": "/usr/bin:/bin",
])
let programs = [
    StartupBenchmark.Program(name: "C floor (ncurses, one line)", executable: try CFloor.build(in: scratch), arguments: [],
                             marker: "C-floor-ready"),
    StartupBenchmark.Program(name: "authterm sign-in screen", executable: authterm,
                             arguments: ["--server", "http://127.0.0.1:9"], marker: "E-mail"),
]
let results = try startup.compare(programs, runs: runs)
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
print("\nStart-up, exec to the first frame in an 80x24 pty, \(runs) runs each, taken in turn:")
for (program, runs) in zip(programs, results) {
    let times = runs.map(\.seconds), peaks = runs.map { Double($0.peakKiB) / 1024 }
    print("  \(program.name.padding(toLength: 30, withPad: " ", startingAt: 0)) min \(String(format: "%5.1f", times.min()! * 1000)) ms"
        + "  median \(String(format: "%5.1f", median(times) * 1000)) ms"
        + "  VmHWM median \(String(format: "%5.1f", median(peaks))) MiB, max \(String(format: "%5.1f", peaks.max()!)) MiB")
}
let floorTime = median(results[0].map(\.seconds)), clientTime = median(results[1].map(\.seconds))
let floorPeak = median(results[0].map { Double($0.peakKiB) }), clientPeak = median(results[1].map { Double($0.peakKiB) })
print("  authterm / C floor: \(String(format: "%.1f", clientTime / floorTime))x the time, "
    + "\(String(format: "%.1f", clientPeak / floorPeak))x the peak memory (medians)")
