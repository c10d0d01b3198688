import Foundation
import TestSupport
import Testing

@testable import SSHDoor

/// What an operator gets for a wrong command line: a clear line and a failing status, before
/// anything listens.
@Suite struct DoorCommandLineTests {
    static func door(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let words = [try BuiltProducts.debug("authterm-ssh").path] + arguments
        return try Command.run("/bin/sh", ["-c", words.map { "'\($0)'" }.joined(separator: " ") + " 2>&1"])
    }

    static let key = FileManager.default.temporaryDirectory.appendingPathComponent("unused-\(UUID().uuidString)").path

    @Test(arguments: [
        (["--server", "ftp://auth.example.com"], "--server takes the auth server's address"),
        (["--server", "https://auth.example.com", "--listen", "2222"], "--listen takes HOST:PORT"),
        (["--server", "https://auth.example.com", "--max-sessions", "0"], "--max-sessions must be at least 1"),
        (["--server", "https://auth.example.com", "--ca-cert", "/nonexistent/ca.pem"], "cannot read the CA certificate"),
    ])
    func wrongOptionsAreNamed(_ arguments: [String], _ message: String) throws {
        let (output, status) = try Self.door(["--host-key", Self.key] + arguments)
        #expect(output.contains(message), "\(output)")
        #expect(status == 64)
        #expect(!FileManager.default.fileExists(atPath: Self.key), "no key was made for a door that did not start")
    }

    @Test func rootMustNameAnAccountAndOthersCannot() throws {
        let (output, status) = try Self.door(["--host-key", Self.key, "--server", "https://auth.example.com"]
            + (Privileges.isRoot ? [] : ["--user", "nobody"]))
        #expect(status == 64)
        #expect(output.contains(Privileges.isRoot ? "started as root, the door needs --user NAME" : "--user needs the door to be started as root"))
    }

    @Test func aMissingAuthtermIsNamed() throws {
        let (output, status) = try Self.door(["--host-key", Self.key, "--server", "https://auth.example.com",
                                              "--authterm", "/nonexistent/authterm"] + (Privileges.isRoot ? ["--user", "nobody"] : []))
        #expect(status == 1)
        #expect(output.contains("authterm was not found at /nonexistent/authterm: give its path with --authterm PATH"), "\(output)")
    }
}
