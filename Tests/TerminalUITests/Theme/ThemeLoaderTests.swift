import Foundation
import Testing
import TerminalUI

@Suite struct ThemeLoaderTests {
    /// A temporary themes folder holding the given files.
    private func folder(_ files: [String: String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory.path
    }

    @Test func findsAThemeByNameInTheFirstFolderThatHasIt() throws {
        let user = try folder(["light.theme": "text = red\n"])
        let shipped = try folder(["light.theme": "text = blue\n", "extra.theme": "text = green\n"])
        let loader = ThemeLoader(searchDirectories: [user, shipped])
        let (theme, problem) = loader.load("light")
        #expect(problem == nil)
        #expect(theme.name == "light")
        #expect(theme[.text].foreground == .indexed(1))
        #expect(loader.availableThemes() == ["extra", "light"])
    }

    @Test func malformedThemeFallsBackToTheDefaultWithTheLine() throws {
        let dir = try folder(["broken.theme": "# fine\ntext = red\nfocus = nope\n"])
        let (theme, problem) = ThemeLoader(searchDirectories: [dir]).load("broken")
        #expect(theme == Theme.builtIn)
        #expect(problem?.line == 3)
        #expect(problem?.description == "\(dir)/broken.theme:3: unknown color 'nope' (a name, 0-255 or #rrggbb)")
    }

    @Test func missingThemeIsReportedAndTheDefaultUsed() {
        let (theme, problem) = ThemeLoader(searchDirectories: ["/nonexistent"]).load("sunset")
        #expect(theme == Theme.builtIn)
        #expect(problem?.message.hasPrefix("no such theme") == true)
    }

    @Test func noDefaultFileMeansTheBuiltInThemeWithoutComplaint() {
        let (theme, problem) = ThemeLoader(searchDirectories: []).load(nil)
        #expect(theme == Theme.builtIn)
        #expect(problem == nil)
    }

    @Test func aPathIsReadAsIs() {
        let path = RepositoryFiles.themes.appendingPathComponent("high-contrast.theme").path
        let (theme, problem) = ThemeLoader(searchDirectories: []).load(path)
        #expect(problem == nil)
        #expect(theme.name == "high-contrast")
    }

    @Test func searchPathStartsWithTheUserConfigAndFindsTheSourceTreeFromTheExecutable() {
        let executable = RepositoryFiles.root.appendingPathComponent(".build/debug/authterm").path
        let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": "/home/u/.config"], executable: executable)
        #expect(loader.searchDirectories.first == "/home/u/.config/authterm/themes")
        #expect(loader.locate("light") == RepositoryFiles.themes.appendingPathComponent("light.theme").path)
        let installed = ThemeLoader(environment: ["HOME": "/home/u"], executable: "/usr/local/bin/authterm")
        #expect(installed.searchDirectories.prefix(2) == ["/home/u/.config/authterm/themes", "/usr/local/share/authterm/themes"])
    }
}
