import Crypto
import Foundation

/// The file holding the key that seals the database's secrets. Losing it, or starting with another
/// one, would lock every MFA user out, so the database keeps a check value of its key and the
/// server refuses to start without the right file instead of making a new key.
enum SecretsKeyFile {
    static let keyByteCount = 32
    /// The database's record of which key sealed its secrets.
    static let checkName = "secrets-key-check"

    /// The key for `store`: read from `path`, or created there for a database that holds no
    /// sealed secrets yet.
    static func key(at path: String, for store: any MetadataStore) async throws -> SymmetricKey {
        let recorded = try await store.metadata(checkName)
        if !FileManager.default.fileExists(atPath: path) {
            if recorded != nil {
                throw SecretKeyError(path: path, reason: missingReason)
            }
            if try await store.hasSealedSecrets() {
                throw SecretKeyError(path: path, reason: missingReason)
            }
        }
        let key = try loadOrCreate(at: path)
        let check = KeyedDigest(secretsKey: key, purpose: "secrets key check").hex("authterm")
        guard try await store.settleMetadata(checkName, value: check) == check else {
            throw SecretKeyError(
                path: path,
                reason: "is not the key that sealed this database's secrets; restore the file that belongs to the database")
        }
        return key
    }

    private static let missingReason =
        "is missing, but the database holds secrets sealed with it; restore the file from a backup "
        + "(a new key would lock every MFA user out)"

    /// Reads a 32-byte key file; creates it (mode 0600, parent 0700, atomically) when missing;
    /// refuses a malformed one, and one that other users may read or write.
    static func loadOrCreate(at path: String) throws -> SymmetricKey {
        if !FileManager.default.fileExists(atPath: path) {
            try PrivateFiles.makeFolder((path as NSString).deletingLastPathComponent)
            do {
                try PrivateFiles.create(path, contents: SecureRandom.bytes(keyByteCount))
            } catch let error as PrivateFileError where error == .exists(path) {
                // Another process created it first: use theirs.
            }
        }
        guard try PrivateFiles.mode(of: path) & 0o077 == 0 else {
            throw SecretKeyError(path: path, reason: "other users may access it; run chmod 600 on it")
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw SecretKeyError(path: path, reason: "cannot be read")
        }
        guard bytes.count == keyByteCount else {
            throw SecretKeyError(path: path, reason: "holds \(bytes.count) bytes instead of \(keyByteCount)")
        }
        return SymmetricKey(data: bytes)
    }
}

/// The secrets key file is unusable.
public struct SecretKeyError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    public var description: String { "The secrets key file \(path) \(reason)." }
}
