import Testing

@testable import TerminalUI

/// The terminal description chosen from TERM, with what this host knows faked.
@Suite struct TerminalTypeTests {
    static func host(knows known: [String: TerminalType.Description]) -> (String) -> TerminalType.Description {
        { known[$0] ?? .unknown }
    }

    @Test func aKnownTerminalIsUsedAsItIs() throws {
        let type = try TerminalType.choose(term: "screen-256color", program: "authterm", describe: Self.host(knows: ["screen-256color": .fullScreen]))
        #expect(type == TerminalType(name: "screen-256color", unknownTerm: nil))
    }

    @Test func anUnknownTerminalFallsBackToTheFirstKnownCommonOne() throws {
        let full = Self.host(knows: ["xterm-256color": .fullScreen, "xterm": .fullScreen, "vt100": .fullScreen])
        let kitty = try TerminalType.choose(term: "xterm-kitty", program: "authterm", describe: full)
        #expect(kitty.name == "xterm-256color")
        #expect(kitty == TerminalType(name: "xterm-256color", unknownTerm: "xterm-kitty"))
        let few = Self.host(knows: ["vt100": .fullScreen])
        #expect(try TerminalType.choose(term: "xterm-ghostty", program: "authterm", describe: few).name == "vt100")
    }

    @Test func noUsableTerminalNamesTheFix() {
        let cases: [(String?, String)] = [
            (nil, "TERM is not set"), ("", "TERM is not set"),
            ("dumb", "cannot draw full screens on the terminal \"dumb\" (TERM)"),
            ("xterm-kitty", "is not known on this host, nor are xterm-256color, xterm, vt100"),
        ]
        for (term, reason) in cases {
            #expect {
                try TerminalType.choose(term: term, program: "authterm", describe: Self.host(knows: ["dumb": .lineOnly]))
            } throws: { error in
                let message = (error as? TerminalError)?.description ?? ""
                return message.contains(reason) && message.contains("TERM=xterm-256color authterm")
            }
        }
    }

    /// The real terminfo database of this host: xterm draws full screens, dumb cannot.
    @Test func readsWhatTheHostKnows() {
        #expect(TerminalType.describe("xterm", descriptor: -1) == .fullScreen)
        #expect(TerminalType.describe("dumb", descriptor: -1) == .lineOnly)
        #expect(TerminalType.describe("no-such-terminal-anywhere", descriptor: -1) == .unknown)
    }
}
