import Foundation

/// Paths in the source tree and the build, for tests that read theme files or run executables.
enum RepositoryFiles {
    /// The repository root, found from this file's location.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let themes = root.appendingPathComponent("Themes")

    /// A built executable of this package: next to the test bundle (`scripts/test` builds all
    /// executables before testing). Fails with a clear message when it was not built.
    static func executable(_ name: String) throws -> URL {
        let directories = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in directories {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw MissingTool(message: "\(name) was not built: run `swift build` (scripts/test does) before `swift test`")
    }
}

/// Why a test could not run: a tool or a build product is missing.
struct MissingTool: Error, CustomStringConvertible {
    var message: String
    var description: String { message }

    /// The path of a command on PATH, or an error naming the Debian package to install.
    static func require(_ command: String, package: String) throws -> String {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":")
            .map { "\($0)/\(command)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            throw MissingTool(message: "\(command) is missing: install the Debian package \(package) (scripts/install-deps test)")
        }
        return path
    }
}
