import Crypto
import Foundation
import Testing

@testable import AuthServer

@Suite struct SecretBoxTests {
    let box = SecretBox(key: SymmetricKey(size: .bits256))

    @Test func sealedSecretsOpenAgain() throws {
        let secret = SecureRandom.bytes(20)
        let sealed = try box.seal(secret)
        #expect(sealed.count == 12 + 20 + 16)
        #expect(try box.open(sealed) == secret)
        #expect(try box.seal(secret) != sealed, "each seal uses a fresh nonce")
    }

    @Test func tamperingIsDetected() throws {
        var sealed = try box.seal(SecureRandom.bytes(20))
        for index in [0, 12, sealed.count - 1] {
            var altered = sealed
            altered[index] ^= 0x01
            #expect(throws: SecretBoxError.authenticationFailed) { try box.open(altered) }
        }
        sealed.removeLast(20)
        #expect(throws: SecretBoxError.self) { try box.open(sealed) }
        #expect(throws: SecretBoxError.malformed) { try box.open(Data([1, 2, 3])) }
    }

    @Test func anotherKeyCannotOpen() throws {
        let sealed = try box.seal(Array("secret".utf8))
        let other = SecretBox(key: SymmetricKey(size: .bits256))
        #expect(throws: SecretBoxError.authenticationFailed) { try other.open(sealed) }
    }

    @Test func keyFileIsCreatedPrivateAndReadBack() throws {
        let scratch = try ScratchFolder()
        let path = scratch.path + "/state/keys/secrets.key"
        let created = try SecretBox.loadOrCreateKey(at: path)
        #expect(try scratch.permissions(of: "state/keys/secrets.key") == 0o600)
        #expect(try scratch.permissions(of: "state/keys") == 0o700)
        #expect(try scratch.permissions(of: "state") == 0o700)
        #expect(FileManager.default.contents(atPath: path)?.count == 32)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/state/keys") == ["secrets.key"])

        let loaded = try SecretBox.loadOrCreateKey(at: path)
        let sealed = try SecretBox(key: created).seal([42])
        #expect(try SecretBox(key: loaded).open(sealed) == [42])
    }

    @Test func theFolderOfARelativeKeyPathIsTheCurrentOne() throws {
        // "secrets.key" has an empty folder part, which must not be an error.
        #expect(("secrets.key" as NSString).deletingLastPathComponent == "")
        try PrivateFiles.makeFolder("")
    }

    @Test func malformedOrExposedKeyFilesAreRefused() throws {
        let scratch = try ScratchFolder()
        let short = scratch.path + "/short.key"
        _ = FileManager.default.createFile(atPath: short, contents: Data(count: 31), attributes: [.posixPermissions: 0o600])
        #expect(throws: SecretKeyError.self) { try SecretBox.loadOrCreateKey(at: short) }

        let exposed = scratch.path + "/exposed.key"
        _ = FileManager.default.createFile(atPath: exposed, contents: Data(count: 32), attributes: [.posixPermissions: 0o644])
        #expect(throws: SecretKeyError.self) { try SecretBox.loadOrCreateKey(at: exposed) }
    }
}
