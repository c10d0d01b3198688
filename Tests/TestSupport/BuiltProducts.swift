import Foundation

/// The package's own files and built executables, for tests that run them.
public enum BuiltProducts {
    /// The repository root.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder of the running test bundle: the debug build products.
    static var debugFolder: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// A debug executable: `scripts/test` runs `swift build` before `swift test`.
    public static func debug(_ name: String) throws -> URL {
        try existing(debugFolder.appendingPathComponent(name), build: "swift build --product \(name)")
    }

    /// A release executable of the same build folder: `scripts/test` builds the client in release.
    public static func release(_ name: String) throws -> URL {
        let folder = debugFolder.deletingLastPathComponent().appendingPathComponent("release")
        return try existing(folder.appendingPathComponent(name), build: "swift build -c release --product \(name)")
    }

    /// Copies the executable at `source` to `destination` with `cp`: a copy this process wrote
    /// could be inherited open by a program another test starts meanwhile, and then could not be
    /// run ("Text file busy").
    public static func copyExecutable(_ source: URL, to destination: URL) throws {
        try Command.check("/bin/cp", [source.path, destination.path])
    }

    private static func existing(_ url: URL, build: String) throws -> URL {
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw MissingTool("\(url.path) was not built: run `\(build)` (scripts/test does) before `swift test`")
        }
        return url
    }
}
