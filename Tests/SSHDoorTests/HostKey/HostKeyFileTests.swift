import Foundation
import Testing
import TestSupport

@testable import SSHDoor

/// The host key file, checked against OpenSSH's own ssh-keygen.
@Suite struct HostKeyFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("host-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var path: String { folder.appendingPathComponent("host_ed25519_key").path }

    static func sshKeygen(_ arguments: [String]) throws -> (output: String, status: Int32) {
        try Command.run(MissingTool.require("ssh-keygen", package: "openssh-client"), arguments)
    }

    @Test func aMissingKeyIsCreatedPrivateAndOpenSSHReadsIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (key, created) = try HostKey.loadOrCreate(at: path)
        #expect(created)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let listed = try Self.sshKeygen(["-l", "-f", path])
        #expect(listed.status == 0)
        #expect(listed.output.contains(" \(key.fingerprint) "), "ssh-keygen printed \(listed.output)")
        #expect(listed.output.contains("(ED25519)"))
        let publicKey = try Self.sshKeygen(["-y", "-f", path])
        #expect(publicKey.output.hasPrefix("ssh-ed25519 "), "ssh-keygen derived the public key from the private one")
    }

    @Test func anExistingKeyIsReusedUnchanged() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try HostKey.loadOrCreate(at: path).key
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        let (second, created) = try HostKey.loadOrCreate(at: path)
        #expect(!created)
        #expect(second.fingerprint == first.fingerprint)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == contents)
    }

    @Test func aKeyMadeBySSHKeygenIsTaken() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.sshKeygen(["-q", "-t", "ed25519", "-N", "", "-f", path]).status == 0)
        let (key, created) = try HostKey.loadOrCreate(at: path)
        #expect(!created)
        #expect(try Self.sshKeygen(["-l", "-f", path]).output.contains(" \(key.fingerprint) "))
    }

    @Test func aKeyOthersMayReadIsRefusedWithTheFix() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try HostKey.loadOrCreate(at: path)
        chmod(path, 0o644)
        let problem = try #require(throws: HostKey.Problem.self) { try HostKey.loadOrCreate(at: path) }
        #expect(problem.description.contains("chmod 600 \(path)"))
        #expect(problem.description.contains("mode 644"))
    }

    @Test(arguments: [
        (["-t", "rsa", "-b", "2048", "-N", ""], "needs an Ed25519 key"),
        (["-t", "ed25519", "-N", "a passphrase"], "passphrase"),
    ])
    func keysTheDoorCannotUseAreNamed(_ options: [String], _ reason: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.sshKeygen(["-q"] + options + ["-f", path]).status == 0)
        let problem = try #require(throws: HostKey.Problem.self) { try HostKey.loadOrCreate(at: path) }
        #expect(problem.description.contains(reason), "\(problem)")
        #expect(problem.description.contains(path))
    }

    @Test func aFileThatIsNoKeyOrAFolderThatIsMissingIsAClearError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = FileManager.default.createFile(atPath: path, contents: Data("not a key\n".utf8), attributes: [.posixPermissions: 0o600])
        let garbage = try #require(throws: HostKey.Problem.self) { try HostKey.loadOrCreate(at: path) }
        #expect(garbage.description.contains("not an OpenSSH private key"))
        let nowhere = folder.appendingPathComponent("missing/key").path
        let missing = try #require(throws: HostKey.Problem.self) { try HostKey.loadOrCreate(at: nowhere) }
        #expect(missing.description.contains("cannot create the host key \(nowhere)"))
    }
}
