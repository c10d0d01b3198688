import TerminalUI
import Foundation

// A small demo of the toolkit in a real terminal: `terminalui-demo [--theme NAME|FILE]`.
// Esc or Ctrl-C quits.

let arguments = CommandLine.arguments.dropFirst()
let themeName = arguments.firstIndex(of: "--theme").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
let (theme, problem) = ThemeLoader().load(themeName)

do {
    let terminal = try NcursesTerminal(theme: theme)
    defer { terminal.restore() }
    let unicode = terminal.capabilities.unicode
    var state = DemoState(qr: try QRCode(encoding: "otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"),
                          symbols: .forTerminal(unicode: unicode))
    if let problem { state.message = .error("Theme: \(problem)") }
    loop: while true {
        terminal.draw(DemoView(state: state, qrMode: .forTerminal(unicode: unicode)).rendered(size: terminal.size))
        let events = terminal.readEvents(timeout: .milliseconds(100))
        if events.isEmpty { state.tick += 1 }
        for event in events {
            if case .quit = state.update(event) { break loop }
        }
    }
} catch {
    FileHandle.standardError.write(Data("terminalui-demo: \(error)\n".utf8))
    exit(1)
}
