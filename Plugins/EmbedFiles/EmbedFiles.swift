import Foundation
import PackagePlugin

/// Carries files inside a module's code, so that a binary finds them wherever it is installed:
/// the shipped themes in TerminalUI, the common-password list in AuthServer. The files stay where
/// people edit them; each build turns them into `EmbeddedFiles.contents`, by file name.
@main
struct EmbedFiles: BuildToolPlugin {
    /// The folder of the package whose files each module carries.
    static let folders = ["TerminalUI": "Themes", "AuthServer": "Sources/AuthServer/Resources"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let folder = Self.folders[target.name] else {
            throw EmbedFilesError(description: "EmbedFiles does not know which files \(target.name) carries")
        }
        let directory = context.package.directoryURL.appending(path: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
            .map { directory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(folder) in \(target.name)",
                executable: try context.tool(named: "embed-files").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]),
        ]
    }
}

struct EmbedFilesError: Error, CustomStringConvertible {
    let description: String
}
