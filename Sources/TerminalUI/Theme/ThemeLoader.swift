import FoundationEssentials

/// Finds and reads theme files. A name is looked up as `NAME.theme` in, in order:
/// `$XDG_CONFIG_HOME/authterm/themes` (default `~/.config/...`), then the `Themes/` folder of the
/// source tree or `share/authterm/themes` of the install, found from the executable's location.
/// A path (containing `/`) is read as is. Any problem falls back to the built-in default theme.
public struct ThemeLoader: Sendable {
    public var searchDirectories: [String]

    public init(searchDirectories: [String]) {
        self.searchDirectories = searchDirectories
    }

    /// The standard search path for this process.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executable: String = ThemeLoader.executablePath) {
        var directories: [String] = []
        if let config = environment["XDG_CONFIG_HOME"].flatMap({ $0.isEmpty ? nil : $0 })
            ?? environment["HOME"].map({ $0 + "/.config" }) {
            directories.append(config + "/authterm/themes")
        }
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        directories.append(folder.deletingLastPathComponent().path + "/share/authterm/themes")
        for _ in 0..<4 {
            directories.append(folder.path + "/Themes")
            folder = folder.deletingLastPathComponent()
        }
        self.init(searchDirectories: directories)
    }

    /// The theme `nameOrPath` (nil: "default"), or the built-in default and why it was not used.
    public func load(_ nameOrPath: String?) -> (theme: Theme, problem: ThemeError?) {
        let request = nameOrPath ?? "default"
        guard let path = locate(request) else {
            if request == "default" { return (Theme.builtIn, nil) }
            let problem = ThemeError(file: request, line: nil,
                                     message: "no such theme (looked in \(searchDirectories.joined(separator: ", ")))")
            return (Theme.builtIn, problem)
        }
        return load(path: path)
    }

    /// Reads one theme file; its name is the file name without `.theme`.
    public func load(path: String) -> (theme: Theme, problem: ThemeError?) {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return (try ThemeParser.parse(text, name: name, file: path), nil)
        } catch let error as ThemeError {
            return (Theme.builtIn, error)
        } catch {
            return (Theme.builtIn, ThemeError(file: path, line: nil, message: "cannot be read"))
        }
    }

    /// The file a theme name or path refers to, if it exists.
    public func locate(_ nameOrPath: String) -> String? {
        let exists = { FileManager.default.isReadableFile(atPath: $0) }
        if nameOrPath.contains("/") { return exists(nameOrPath) ? nameOrPath : nil }
        return searchDirectories.lazy.map { "\($0)/\(nameOrPath).theme" }.first(where: exists)
    }

    /// The names of the themes found on the search path.
    public func availableThemes() -> [String] {
        let names = searchDirectories.flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".theme") }
                .map { String($0.dropLast(".theme".count)) }
        }
        return Array(Set(names)).sorted()
    }

    /// This process's executable, resolved through /proc.
    public static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
