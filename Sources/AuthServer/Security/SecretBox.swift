import Crypto
import Foundation

/// Authenticated encryption (AES-256-GCM) of secrets at rest, such as TOTP secrets.
/// A sealed value is nonce (12 bytes), ciphertext and tag (16 bytes); a fresh random nonce each time.
struct SecretBox: Sendable {
    static let keyByteCount = 32

    /// An immutable value that swift-crypto has not marked `Sendable`.
    private nonisolated(unsafe) let key: SymmetricKey

    init(key: SymmetricKey) {
        self.key = key
    }

    /// Reads a 32-byte key file; creates it (mode 0600, parent 0700, atomically) when missing; refuses a malformed
    /// one, and one that other users may read or write.
    static func loadOrCreateKey(at path: String) throws -> SymmetricKey {
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

    func seal(_ plaintext: [UInt8]) throws -> Data {
        guard let combined = try AES.GCM.seal(plaintext, using: key).combined else {
            throw SecretBoxError.malformed
        }
        return combined
    }

    /// Throws `SecretBoxError.malformed` for data too short to be sealed, and
    /// `SecretBoxError.authenticationFailed` for altered data or another key.
    func open(_ sealed: Data) throws -> [UInt8] {
        let box: AES.GCM.SealedBox
        do {
            box = try AES.GCM.SealedBox(combined: sealed)
        } catch {
            throw SecretBoxError.malformed
        }
        do {
            return Array(try AES.GCM.open(box, using: key))
        } catch {
            throw SecretBoxError.authenticationFailed
        }
    }
}

enum SecretBoxError: Error, Equatable {
    case malformed
    case authenticationFailed
}

/// The secrets key file is unusable.
struct SecretKeyError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "secrets key file \(path): \(reason)" }
}
