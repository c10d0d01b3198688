import Crypto
import Foundation

/// HMAC-SHA256 with a key derived (HKDF) from the secrets key for one purpose: digests that a dump
/// of the database alone cannot check guesses against.
struct KeyedDigest: Sendable {
    private let key: SymmetricKey

    init(secretsKey: SymmetricKey, purpose: String) {
        key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: secretsKey, info: Data("authterm \(purpose)".utf8), outputByteCount: 32)
    }

    /// The digest of `text`, in lower-case hex.
    func hex(_ text: String) -> String {
        LowerHex.text(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key))
    }
}
