import Foundation

/// The environment of a program run in the `ja_JP.UTF-8` locale. Where the machine has not
/// generated that locale, it is compiled once per test process (localedef, from Debian's `locales`)
/// into a temporary folder that `LOCPATH` names.
public enum JapaneseLocale {
    public static let name = "ja_JP.UTF-8"

    /// `LANG` and, where needed, `LOCPATH`.
    public static func environment() throws -> [String: String] {
        let folder = try generated.get()
        return ["LANG": name].merging(folder.map { ["LOCPATH": $0] } ?? [:]) { $1 }
    }

    /// nil when the system has the locale; else the folder it was compiled into.
    private static let generated = Result<String?, any Error> {
        let installed = try Command.run("/usr/bin/locale", ["-a"]).output.split(separator: "\n")
        if installed.contains(where: { ["ja_jp.utf8", "ja_jp.utf-8"].contains($0.lowercased()) }) { return nil }
        let localedef = try MissingTool.require("localedef", package: "locales")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: JapaneseLocale.folder) }
        try Command.check(localedef, ["-i", "ja_JP", "-f", "UTF-8", folder + "/" + name])
        return folder
    }

    /// This test process's own folder for the compiled locale.
    private static var folder: String {
        FileManager.default.temporaryDirectory.appendingPathComponent("authterm-locale-\(getpid())").path
    }
}
