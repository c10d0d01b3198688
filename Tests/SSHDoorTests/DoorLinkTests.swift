import Foundation
import TestSupport
import Testing

/// The door carries neither the app nor the server: it runs `authterm` as a program. Checked on
/// the built executable itself, against the client built the same way as a control.
@Suite struct DoorLinkTests {
    /// Swift symbols of the project's own modules start with their mangled module names.
    static let projectModules = ["$s8AuthTerm", "$s10AuthServer", "$s10AuthClient", "$s10TerminalUI", "$s9AuthModel"]

    static func isProjectSymbol(_ symbol: Substring) -> Bool {
        projectModules.contains { symbol.hasPrefix($0) }
    }

    static func symbols(of executable: URL) throws -> [Substring] {
        let nm = try MissingTool.require("nm", package: "binutils")
        return try Command.run(nm, ["--defined-only", "--format=just-symbols", executable.path]).output.split(separator: "\n")
    }

    @Test func theDoorLinksNoneOfTheProjectsOtherModulesNorTheirLibraries() throws {
        let door = try BuiltProducts.debug("authterm-ssh")
        let doorSymbols = try Self.symbols(of: door)
        #expect(doorSymbols.count > 1000, "nm read the door's symbols")
        #expect(!doorSymbols.contains(where: Self.isProjectSymbol))
        #expect(try Self.symbols(of: BuiltProducts.debug("authterm")).contains(where: Self.isProjectSymbol),
                "the same check finds the app's modules in the app")

        let ldd = try MissingTool.require("ldd", package: "libc-bin")
        let libraries = try Command.run(ldd, [door.path]).output
        for library in ["libncursesw", "libcurl", "libqrencode", "libargon2", "libsqlite3"] {
            #expect(!libraries.contains(library), "\(library) is linked into the door")
        }
    }
}
