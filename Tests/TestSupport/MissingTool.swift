import Foundation

/// Why a test could not run: a tool or a build product is missing. Tests fail with it, never skip.
public struct MissingTool: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    /// The path of a command on PATH, or an error naming the Debian package to install.
    public static func require(_ command: String, package: String) throws -> String {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":")
            .map { "\($0)/\(command)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            throw MissingTool("\(command) is missing: install the Debian package \(package) (scripts/install-deps test)")
        }
        return path
    }
}
