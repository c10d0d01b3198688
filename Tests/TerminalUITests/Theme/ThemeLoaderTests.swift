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
        let loader = ThemeLoader(searchDirectories: [user, shipped], shipped: [:])
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
        #expect(problem?.message == "no such theme (there are default, high-contrast, light, monochrome)")
        #expect(theme == Theme.builtIn)
        #expect(problem?.message.hasPrefix("no such theme") == true)
    }

    @Test func noDefaultFileMeansTheBuiltInThemeWithoutComplaint() {
        let (theme, problem) = ThemeLoader(searchDirectories: [], shipped: [:]).load(nil)
        #expect(theme == Theme.builtIn)
        #expect(problem == nil)
    }

    @Test func aPathIsReadAsIs() {
        let path = RepositoryFiles.themes.appendingPathComponent("high-contrast.theme").path
        let (theme, problem) = ThemeLoader(searchDirectories: []).load(path)
        #expect(problem == nil)
        #expect(theme.name == "high-contrast")
    }

    @Test func searchPathIsTheUserConfigThenTheInstallsShareFolder() {
        let installed = ThemeLoader(environment: ["HOME": "/home/u"], executable: "/usr/local/bin/authterm")
        #expect(installed.searchDirectories == ["/home/u/.config/authterm/themes", "/usr/local/share/authterm/themes"])
        let configured = ThemeLoader(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"], executable: "/opt/a/bin/authterm")
        #expect(configured.searchDirectories.first == "/cfg/authterm/themes")
    }

    /// The program carries every theme of `Themes/` as the file says it, so that it needs no file beside it.
    @Test func theShippedThemesAreCarriedInsideAndFoundWithoutAnyFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.themes.path).filter { $0.hasSuffix(".theme") }
        #expect(Set(ThemeLoader.shippedThemes.keys) == Set(files))
        for file in files {
            let text = try String(contentsOf: RepositoryFiles.themes.appendingPathComponent(file), encoding: .utf8)
            #expect(ThemeLoader.shippedThemes[file] == text, "\(file) as in Themes/")
        }
        let loader = ThemeLoader(searchDirectories: ["/nonexistent"])
        let (theme, problem) = loader.load("high-contrast")
        #expect(problem == nil)
        #expect(theme == ThemeLoader(searchDirectories: []).load(path: RepositoryFiles.themes.appendingPathComponent("high-contrast.theme").path).theme)
        #expect(loader.availableThemes() == ["default", "high-contrast", "light", "monochrome"])
    }

    @Test func aThemeInAFolderComesBeforeTheShippedOneOfTheSameName() throws {
        let user = try folder(["light.theme": "text = red\n"])
        let (theme, problem) = ThemeLoader(searchDirectories: [user]).load("light")
        #expect(problem == nil)
        #expect(theme[.text].foreground == .indexed(1))
    }
}
