import Foundation
import Testing
import TerminalUI

@Suite struct ThemeParserTests {
    @Test func readsColorsAttributesAndComments() throws {
        let theme = try ThemeParser.parse("""
            # a comment line
            focus = black on #5fafff bold underline   # the focused control
            error=red
            muted = 245 dim
            link = Bright-Cyan
            """, name: "test", file: "test.theme")
        #expect(theme[.focus] == RoleStyle(.black, on: .rgb(0x5F, 0xAF, 0xFF), [.bold, .underline]))
        #expect(theme[.error] == RoleStyle(.indexed(1)))
        #expect(theme[.muted] == RoleStyle(.indexed(245), [.dim]))
        #expect(theme[.link] == RoleStyle(.indexed(14)))
        #expect(theme[.success] == Theme.builtIn[.success])
    }

    @Test(arguments: [
        ("text = default\nfocus black", 2, "expected 'role = color"),
        ("sparkle = red", 1, "unknown role 'sparkle'"),
        ("text = blu", 1, "unknown color 'blu'"),
        ("text = red on", 1, "missing color after 'on'"),
        ("text = red blink", 1, "unknown attribute 'blink'"),
        ("\n\ntext = red\ntext = blue", 4, "role 'text' is set twice"),
        ("qr = red on green", 1, "unknown role 'qr'"),
        ("text = #12345", 1, "unknown color '#12345'"),
    ])
    func malformedLinesNameFileAndLine(text: String, line: Int, message: String) {
        #expect {
            try ThemeParser.parse(text, name: "bad", file: "Themes/bad.theme")
        } throws: { error in
            let error = error as! ThemeError
            return error.file == "Themes/bad.theme" && error.line == line && error.message.hasPrefix(message)
                && error.description.hasPrefix("Themes/bad.theme:\(line): ")
        }
    }

    @Test func everyShippedThemeParses() throws {
        for name in ["default", "light", "high-contrast", "monochrome"] {
            let url = RepositoryFiles.themes.appendingPathComponent("\(name).theme")
            let text = try String(contentsOf: url, encoding: .utf8)
            let theme = try ThemeParser.parse(text, name: name, file: url.path)
            #expect(theme.name == name)
        }
    }

    @Test func defaultThemeFileMatchesTheBuiltInTheme() throws {
        let url = RepositoryFiles.themes.appendingPathComponent("default.theme")
        let theme = try ThemeParser.parse(try String(contentsOf: url, encoding: .utf8), name: "default", file: url.path)
        #expect(theme == Theme.builtIn)
    }

    @Test func monochromeThemeUsesNoColors() throws {
        let url = RepositoryFiles.themes.appendingPathComponent("monochrome.theme")
        let theme = try ThemeParser.parse(try String(contentsOf: url, encoding: .utf8), name: "monochrome", file: url.path)
        for role in Role.allCases where role != .qr {
            #expect(theme[role].foreground == .terminalDefault, "\(role)")
            #expect(theme[role].background == nil || theme[role].background == .terminalDefault, "\(role)")
        }
    }
}
