import Crypto
import Foundation

/// Authenticated encryption (AES-256-GCM) of secrets at rest: TOTP secrets and phone numbers.
/// A sealed value is nonce (12 bytes), ciphertext and tag (16 bytes), with a fresh random nonce
/// each time, and is bound to the row that holds it: sealed for one row, it does not open for another.
struct SecretBox: Sendable {
    private let key: SymmetricKey

    init(key: SymmetricKey) {
        self.key = key
    }

    /// The row a sealed value belongs to, authenticated with it as associated data.
    enum Owner: Equatable, Sendable {
        case method(id: String, userID: String)
        case setup(id: String, userID: String)

        var associatedData: Data {
            switch self {
            case .method(let id, let userID): Data("method:\(id):\(userID)".utf8)
            case .setup(let id, let userID): Data("setup:\(id):\(userID)".utf8)
            }
        }
    }

    func seal(_ plaintext: [UInt8], for owner: Owner) throws -> Data {
        guard let combined = try AES.GCM.seal(plaintext, using: key, authenticating: owner.associatedData).combined else {
            throw SecretBoxError.malformed
        }
        return combined
    }

    /// Throws `SecretBoxError.malformed` for data too short to be sealed, and
    /// `SecretBoxError.authenticationFailed` for altered data, another key or another owner.
    func open(_ sealed: Data, for owner: Owner) throws -> [UInt8] {
        let box: AES.GCM.SealedBox
        do {
            box = try AES.GCM.SealedBox(combined: sealed)
        } catch {
            throw SecretBoxError.malformed
        }
        do {
            return Array(try AES.GCM.open(box, using: key, authenticating: owner.associatedData))
        } catch {
            throw SecretBoxError.authenticationFailed
        }
    }
}

enum SecretBoxError: Error, Equatable {
    case malformed
    case authenticationFailed
}
