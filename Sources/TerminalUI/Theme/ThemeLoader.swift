import FoundationEssentials

/// Finds and reads theme files. A name is looked up as `NAME.theme` in, in order:
/// `$XDG_CONFIG_HOME/authterm/themes` (default `~/.config/...`), `share/authterm/themes` of the
/// install (found from the executable's location), then the themes of `Themes/` that the program
/// carries inside it. A path (containing `/`) is read as is. Any problem falls back to the
/// built-in default theme.
public struct ThemeLoader: Sendable {
    public var searchDirectories: [String]
    /// The shipped themes' texts, by file name (`light.theme`).
    public var shipped: [String: String]

    public init(searchDirectories: [String], shipped: [String: String] = ThemeLoader.shippedThemes) {
        self.searchDirectories = searchDirectories
        self.shipped = shipped
    }

    /// The themes of `Themes/`, carried inside the program.
    public static var shippedThemes: [String: String] { EmbeddedFiles.contents }

    /// The standard search path for this process.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executable: String = ThemeLoader.executablePath) {
        var directories: [String] = []
        if let config = environment["XDG_CONFIG_HOME"].flatMap({ $0.isEmpty ? nil : $0 })
            ?? environment["HOME"].map({ $0 + "/.config" }) {
            directories.append(config + "/authterm/themes")
        }
        // The install's folder: the executable's path without `bin/authterm`.
        let install = executable.split(separator: "/", omittingEmptySubsequences: false).dropLast(2).joined(separator: "/")
        directories.append(install + "/share/authterm/themes")
        self.init(searchDirectories: directories)
    }

    /// The theme `nameOrPath` (nil: "default"), or the built-in default and why it was not used.
    public func load(_ nameOrPath: String?) -> (theme: Theme, problem: ThemeError?) {
        let request = nameOrPath ?? "default"
        if let path = locate(request) { return load(path: path) }
        // The shipped default says what the built-in theme says: nothing to read at start.
        if request == "default" { return (Theme.builtIn, nil) }
        if !request.contains("/"), let text = shipped[request + ".theme"] {
            return parse(text, name: request, file: request + ".theme")
        }
        let names = availableThemes().joined(separator: ", ")
        return (Theme.builtIn, ThemeError(file: request, line: nil, message: "no such theme (there are \(names))"))
    }

    /// Reads one theme file; its name is the file name without `.theme`.
    public func load(path: String) -> (theme: Theme, problem: ThemeError?) {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return (Theme.builtIn, ThemeError(file: path, line: nil, message: "cannot be read"))
        }
        return parse(text, name: name, file: path)
    }

    private func parse(_ text: String, name: String, file: String) -> (theme: Theme, problem: ThemeError?) {
        do {
            return (try ThemeParser.parse(text, name: name, file: file), nil)
        } catch {
            return (Theme.builtIn, error)
        }
    }

    /// The file a theme name or path refers to, if it exists.
    public func locate(_ nameOrPath: String) -> String? {
        let exists = { FileManager.default.isReadableFile(atPath: $0) }
        if nameOrPath.contains("/") { return exists(nameOrPath) ? nameOrPath : nil }
        return searchDirectories.lazy.map { "\($0)/\(nameOrPath).theme" }.first(where: exists)
    }

    /// The names of the themes found on the search path and shipped.
    public func availableThemes() -> [String] {
        let files = searchDirectories.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
            + shipped.keys
        return Array(Set(files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(".theme".count)) })).sorted()
    }

    /// This process's executable, resolved through /proc.
    public static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
