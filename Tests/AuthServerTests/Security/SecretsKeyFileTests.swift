import Crypto
import Foundation
import Logging
import Testing

@testable import AuthServer

@Suite struct SecretsKeyFileTests {
    @Test func keyFileIsCreatedPrivateAndReadBack() throws {
        let scratch = try ScratchFolder()
        let path = scratch.path + "/state/keys/secrets.key"
        let created = try SecretsKeyFile.loadOrCreate(at: path)
        #expect(try scratch.permissions(of: "state/keys/secrets.key") == 0o600)
        #expect(try scratch.permissions(of: "state/keys") == 0o700)
        #expect(try scratch.permissions(of: "state") == 0o700)
        #expect(FileManager.default.contents(atPath: path)?.count == 32)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/state/keys") == ["secrets.key"])

        let loaded = try SecretsKeyFile.loadOrCreate(at: path)
        let owner = SecretBox.Owner.setup(id: "s", userID: "u")
        let sealed = try SecretBox(key: created).seal([42], for: owner)
        #expect(try SecretBox(key: loaded).open(sealed, for: owner) == [42])
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
        #expect(throws: SecretKeyError.self) { try SecretsKeyFile.loadOrCreate(at: short) }

        let exposed = scratch.path + "/exposed.key"
        _ = FileManager.default.createFile(atPath: exposed, contents: Data(count: 32), attributes: [.posixPermissions: 0o644])
        #expect(throws: SecretKeyError.self) { try SecretsKeyFile.loadOrCreate(at: exposed) }
    }

    /// A server started without the key file of its database, or with another one, refuses to
    /// start and names the file, instead of making a new key that would lock out every MFA user.
    @Test func aMissingOrDifferentKeyFileIsRefusedOnceSecretsAreSealed() async throws {
        let scratch = try ScratchFolder()
        let configuration = ServerConfiguration(dataFolder: scratch.path)
        let logger = Logger(label: "test")
        func start() async throws {
            try await Services.withLive(configuration: configuration, logger: logger) { _ in }
        }
        try await start()
        let key = try #require(FileManager.default.contents(atPath: configuration.secretsKeyFile))
        try await start()

        try FileManager.default.removeItem(atPath: configuration.secretsKeyFile)
        await #expect { try await start() } throws: { error in
            "\(error)".contains(configuration.secretsKeyFile) && "\(error)".contains("missing")
        }
        #expect(!FileManager.default.fileExists(atPath: configuration.secretsKeyFile), "no new key was made")

        try PrivateFiles.create(configuration.secretsKeyFile, contents: SecureRandom.bytes(32))
        await #expect { try await start() } throws: { error in
            "\(error)".contains(configuration.secretsKeyFile) && "\(error)".contains("not the key")
        }

        try FileManager.default.removeItem(atPath: configuration.secretsKeyFile)
        try PrivateFiles.create(configuration.secretsKeyFile, contents: Array(key))
        try await start()
    }

    /// A database from before the check value was kept still counts its sealed secrets.
    @Test func sealedSecretsWithoutACheckValueAlsoNeedTheirKey() async throws {
        let scratch = try ScratchFolder()
        let store = try SQLiteStore(path: scratch.path + "/db.sqlite")
        _ = try await store.migrate()
        let user = UserRecord(
            id: "u", email: "ada@example.com", displayName: "Ada", passwordHash: "x", createdAt: Date(),
            passwordChangedAt: nil, mfaEnabled: false, language: .en)
        try await store.insertUser(user, audit: AuditEvent(time: Date(), kind: .accountCreated, userID: "u"))
        try await store.insertSetup(
            SetupRecord(id: "s", userID: "u", kind: .totp, label: "Phone", sealedSecret: Data(count: 48),
                        destination: nil, codeHash: nil, expiresAt: Date()),
            audit: AuditEvent(time: Date(), kind: .mfaSetupStarted, userID: "u"))
        await #expect(throws: SecretKeyError.self) {
            try await SecretsKeyFile.key(at: scratch.path + "/secrets.key", for: store)
        }
    }
}
