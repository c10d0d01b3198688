import Foundation
import Testing

/// The import directions of DESIGN.md's module table, checked on the sources themselves.
@Suite struct ModuleGraphTests {
    static let cModules: Set = [
        "CNcursesw", "CCurl", "CQRencode", "CArgon2", "CCursesShims", "CCurlShims", "CPseudoTerminal",
    ]
    static let ourModules: Set = [
        "AuthModel", "OTP", "AuthClient", "TerminalUI", "AuthTerm", "AuthTermDemo", "AuthServer", "SSHDoor",
    ]
    /// The SSH door runs the client as a program: it imports none of the app's or the server's modules.
    static let notForTheDoor = ourModules.union(cModules).subtracting(["SSHDoor", "CPseudoTerminal"])
        .union(["Hummingbird", "GRDB"])

    /// What each source folder must never import.
    static let forbidden: [String: Set<String>] = [
        "AuthModel": ourModules.union(cModules),
        "OTP": ourModules.union(cModules),
        "AuthClient": ["TerminalUI", "AuthTerm", "AuthTermDemo", "AuthServer", "CNcursesw", "CQRencode", "CArgon2",
                       "CCursesShims"],
        "TerminalUI": ["AuthModel", "AuthClient", "AuthTerm", "AuthTermDemo", "AuthServer", "CCurl", "CArgon2",
                       "CCurlShims"],
        "AuthTerm": cModules.union(["AuthServer", "AuthTermDemo"]),
        "AuthTermDemo": cModules.union(["TerminalUI", "AuthTerm", "AuthServer"]),
        "AuthServer": ["AuthClient", "TerminalUI", "AuthTerm", "AuthTermDemo", "CNcursesw", "CQRencode", "CCursesShims"],
        "authterm": cModules.union(["AuthServer", "Hummingbird", "GRDB", "Foundation"]),
        "authterm-server": ["AuthClient", "TerminalUI", "AuthTerm", "AuthTermDemo", "CNcursesw", "CQRencode",
                            "CCursesShims"],
        "SSHDoor": notForTheDoor,
        "authterm-ssh": notForTheDoor,
    ]

    /// The client's modules import FoundationEssentials where they need Foundation at all: the
    /// whole of Foundation (its ICU data, CoreFoundation) would weigh on every start.
    static let clientModules = ["AuthModel", "OTP", "AuthClient", "TerminalUI", "AuthTerm", "AuthTermDemo", "authterm"]

    @Test(arguments: clientModules)
    func theClientDoesWithoutTheWholeOfFoundation(module: String) throws {
        let imports = try Self.imports(in: Self.sources.appendingPathComponent(module))
        #expect(!imports.contains("Foundation"), "\(module) imports Foundation")
    }

    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    @Test(arguments: forbidden.keys.sorted())
    func importsFollowTheModuleTable(module: String) throws {
        let folder = Self.sources.appendingPathComponent(module)
        #expect(FileManager.default.fileExists(atPath: folder.path), "no folder Sources/\(module)")
        let imports = try Self.imports(in: folder)
        let violations = imports.intersection(Self.forbidden[module] ?? [])
        #expect(violations.isEmpty, "\(module) imports \(violations.sorted())")
    }

    static let modifiers: Set = ["public", "package", "internal", "fileprivate", "private"]
    static let kinds: Set = ["struct", "class", "enum", "func", "protocol", "var", "let", "typealias"]

    /// The modules named by `import` lines (with or without attributes) in a folder's Swift files.
    static func imports(in folder: URL) throws -> Set<String> {
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var modules: Set<String> = []
        for case let file as URL in files where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let words = line.split(separator: " ").filter { !$0.hasPrefix("@") && !modifiers.contains(String($0)) }
                guard words.first == "import", let name = words.dropFirst().first(where: { !kinds.contains(String($0)) })
                else { continue }
                modules.insert(String(name.split(separator: ".").first ?? name))
            }
        }
        return modules
    }
}
