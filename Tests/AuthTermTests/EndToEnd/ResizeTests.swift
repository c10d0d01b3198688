import Foundation
import TestSupport
import Testing

/// A window resized as users resize theirs: each change is drawn at its own size at once, with
/// no key pressed, whatever is on the screen.
extension EndToEndTests {
    /// The sizes a window goes through: smaller, back, larger.
    static let resizeSequence = [(70, 30), (100, 40), (120, 45)]

    /// How long a window change may take to show, in seconds: at once, well before the run loop's
    /// idle wake-up (1 s) would draw a change it missed.
    static let atOnce = 0.6

    @Test func eachWindowChangeIsDrawnAtItsSizeOnTheSignInScreen() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client()
        try terminal.waitFor("E-mail address")
        for (width, height) in Self.resizeSequence {
            try terminal.resize(width: width, height: height)
            let screen = try Self.waitForLayout(terminal, width: width, height: height, seconds: Self.atOnce)
            #expect(screen.contains("E-mail address"), "at \(width)x\(height):\n\(screen)")
        }
    }

    @Test func eachWindowChangeIsDrawnAtItsSizeWithTheAvatarMenuOpen() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client()
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Welcome, Ada Lovelace.")
        try terminal.press("F2", until: " Avatar Menu ")
        for (width, height) in Self.resizeSequence {
            try terminal.resize(width: width, height: height)
            let screen = try Self.waitForLayout(terminal, width: width, height: height, footer: "Esc close", seconds: Self.atOnce)
            #expect(screen.contains(" Avatar Menu "), "the menu stays open at \(width)x\(height):\n\(screen)")
        }
    }

    /// The registration code too: each size shows it whole, centered in the new width, and it scans.
    @Test func theRegistrationCodeFollowsEachWindowChange() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client()
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Welcome, Ada Lovelace.")
        try EndToEnd.openMFA(terminal)
        try terminal.press("s", until: "1. Install an authenticator app")
        try terminal.press("Enter", until: AuthenticatorApp.scanTitle)
        let secret = try AuthenticatorApp.scan(terminal, account: EndToEnd.email)
        for (width, height) in Self.resizeSequence {
            try terminal.resize(width: width, height: height)
            try terminal.waitForScreen(seconds: Self.atOnce) { screen in
                Self.lines(of: screen).count == height && screen.contains("Enter next")
                    && (try? terminal.picture()).map { Self.codeIsCentered($0, width: width) } == true
            }
            #expect(try AuthenticatorApp.scan(terminal, account: EndToEnd.email) == secret, "scans at \(width)x\(height)")
        }
    }

    /// Waits (up to `seconds`) until the pane has `height` rows, `footer` on the last one, and the
    /// screen's panel centered in `width` columns (as wide on its left as on its right): the layout
    /// of that size, not of the one before.
    @discardableResult
    static func waitForLayout(
        _ terminal: TmuxSession, width: Int, height: Int, footer: String = "Ctrl-C quit", seconds: Double = 15
    ) throws -> String {
        try terminal.waitForScreen(seconds: seconds) { screen in
            let rows = lines(of: screen)
            guard rows.count == height, rows.last?.contains(footer) == true,
                  let top = rows.first(where: { $0.contains("╭") && $0.contains("╮") }).map(Array.init),
                  let left = top.firstIndex(of: "╭"), let right = top.lastIndex(of: "╮")
            else { return false }
            return abs(left - (width - 1 - right)) <= 1
        }
    }

    /// Whether the registration code (its modules and the light quiet zone around them: the cells
    /// of its rows with a background of their own) is as far from the left edge as from the right
    /// one of a `width` pane.
    static func codeIsCentered(_ picture: PanePicture, width: Int) -> Bool {
        let codeRows = picture.rows.filter { row in row.contains { "█▀▄".contains($0.symbol) } }
        let columns = codeRows.flatMap { row in row.indices.filter { row[$0].background != .terminalDefault } }
        guard let left = columns.min(), let right = columns.max() else { return false }
        return abs(left - (width - 1 - right)) <= 1
    }

    /// The rows of a captured pane (capture-pane ends its last row with a line break).
    static func lines(of screen: String) -> [String] {
        var rows = screen.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }
}
