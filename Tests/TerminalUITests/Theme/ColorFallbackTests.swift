import Testing
import TerminalUI

@Suite struct ColorFallbackTests {
    @Test func parsesEveryColorForm() {
        #expect(Color(parsing: "default") == .terminalDefault)
        #expect(Color(parsing: "bright-red") == .indexed(9))
        #expect(Color(parsing: "gray") == .indexed(8))
        #expect(Color(parsing: "200") == .indexed(200))
        #expect(Color(parsing: "#ff8000") == .rgb(255, 128, 0))
        #expect(Color(parsing: "256") == nil)
        #expect(Color(parsing: "#ff80") == nil)
    }

    @Test func rgbBecomesTheNearestPaletteColor() {
        #expect(Color.rgb(0x5F, 0xAF, 0xFF).approximated(to: .full256) == .indexed(75))
        #expect(Color.rgb(250, 10, 10).approximated(to: .sixteen) == .indexed(9))
        #expect(Color.rgb(250, 10, 10).approximated(to: .eight) == .indexed(1))
        #expect(Color.indexed(75).approximated(to: .eight) == .indexed(6))
        #expect(Color.indexed(12).approximated(to: .eight) == .indexed(4))
        #expect(Color.indexed(200).approximated(to: .none) == nil)
        #expect(Color.terminalDefault.approximated(to: .eight) == .terminalDefault)
    }

    @Test func noColorEnvironmentMeansAttributesOnly() {
        #expect(ColorDepth.detect(colors: 256, environment: ["NO_COLOR": "1"]) == ColorDepth.none)
        #expect(ColorDepth.detect(colors: 256, environment: ["NO_COLOR": ""]) == .full256)
        #expect(ColorDepth.detect(colors: 8, environment: [:]) == .eight)
        #expect(ColorDepth.detect(colors: 0, environment: [:]) == ColorDepth.none)
    }

    @Test func withoutColorsHighlightedRolesTurnToReverseVideo() {
        let theme = Theme.builtIn
        let focus = theme.resolve(Style(.focus), depth: .none)
        #expect(focus.foreground == nil && focus.background == nil)
        #expect(focus.attributes == [.bold, .reverse])
        #expect(theme.resolve(Style(.error), depth: .none).attributes == [.bold])
        #expect(theme.resolve(Style(.text, .underline), depth: .none).attributes == [.underline])
    }

    /// The dark modules of an ASCII QR code reverse the QR role; without colors, where the role
    /// itself shows reversed, they show plain: still the opposite of the light modules.
    @Test func aReversedQRModuleStaysTheOppositeWithoutColors() {
        let theme = Theme.builtIn
        #expect(theme.resolve(Style(.qr), depth: .none).attributes.contains(.reverse))
        #expect(!theme.resolve(Style(.qr, .reverse), depth: .none).attributes.contains(.reverse))
        #expect(theme.resolve(Style(.qr, .reverse), depth: .full256).attributes.contains(.reverse))
        #expect(theme.resolve(Style(.accent, .reverse), depth: .none).attributes.contains(.reverse), "roles without a background of their own")
    }

    /// On a background the terminal reports light, its own colors are already dark on light:
    /// the code is not reversed there, and only there.
    @Test func withoutColorsTheQRCodeIsPlainOnALightBackground() {
        let theme = Theme.builtIn
        #expect(theme.resolve(Style(.qr), depth: .none, lightBackground: true).attributes == [])
        #expect(theme.resolve(Style(.qr, .reverse), depth: .none, lightBackground: true).attributes == [.reverse])
        #expect(theme.resolve(Style(.qr), depth: .full256, lightBackground: true) == theme.resolve(Style(.qr), depth: .full256))
        #expect(theme.resolve(Style(.focus), depth: .none, lightBackground: true) == theme.resolve(Style(.focus), depth: .none))
    }

    @Test func qrCodesAreBlackOnWhiteWhateverTheTheme() throws {
        let theme = try ThemeParser.parse("background = white on black\ntext = white", name: "dark", file: "dark.theme")
        #expect(theme.resolve(Style(.qr), depth: .full256) == ResolvedStyle(foreground: .black, background: .white, attributes: []))
        #expect(theme.resolve(Style(.qr), depth: .eight) == ResolvedStyle(foreground: .indexed(0), background: .indexed(7), attributes: []))
        #expect(theme.resolve(Style(.qr), depth: .none).attributes == [.reverse])
    }

    @Test func rolesWithoutTheirOwnBackgroundTakeTheScreens() throws {
        let theme = try ThemeParser.parse("background = white on blue\nerror = red", name: "t", file: "t.theme")
        #expect(theme.resolve(Style(.error), depth: .full256).background == .indexed(4))
    }
}
