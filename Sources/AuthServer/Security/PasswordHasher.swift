import CArgon2
import Foundation

/// Argon2id password hashing through libargon2, in PHC string format.
///
/// Passwords are normalized to Unicode NFKC first (as NIST SP 800-63B advises), so the same
/// password typed on different systems verifies. Hashing blocks its thread for tens of
/// milliseconds by design: run it off latency-sensitive threads.
/// Public for the server benchmark, which measures the raw hash rate.
public struct PasswordHasher: Sendable {
    public let parameters: Argon2Parameters

    static let saltLength = 16
    static let hashLength = 32

    public init(parameters: Argon2Parameters = .owasp) {
        self.parameters = parameters
    }

    public func hash(_ password: String) throws -> String {
        let salt = SecureRandom.bytes(Self.saltLength)
        let p = parameters
        let length = argon2_encodedlen(p.iterations, p.memoryKiB, p.parallelism,
                                       UInt32(salt.count), UInt32(Self.hashLength), Argon2_id)
        var encoded = [CChar](repeating: 0, count: length)
        let status = Self.withNormalizedBytes(password) { bytes in
            argon2id_hash_encoded(p.iterations, p.memoryKiB, p.parallelism,
                                  bytes.baseAddress, bytes.count, salt, salt.count,
                                  Self.hashLength, &encoded, encoded.count)
        }
        guard status == ARGON2_OK.rawValue else {
            throw PasswordHashingError(message: String(cString: argon2_error_message(status)))
        }
        return String(decoding: encoded.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// True when `password` matches `encoded`; false for a wrong password and for anything that is not
    /// an Argon2id PHC string with sane costs.
    func verify(_ password: String, against encoded: String) -> Bool {
        guard let phc = PHCString(encoded) else { return false }
        let status = Self.withNormalizedBytes(password) { bytes in
            argon2id_verify(phc.encoded, bytes.baseAddress, bytes.count)
        }
        return status == ARGON2_OK.rawValue
    }

    /// True when `encoded` should be replaced by a fresh hash: it is malformed or cheaper than `parameters`.
    func needsRehash(_ encoded: String) -> Bool {
        guard let phc = PHCString(encoded) else { return true }
        return phc.parameters.isWeaker(than: parameters)
    }

    /// Verifies against a fixed dummy hash so unknown e-mails take as long as known ones.
    func burnEquivalentTime(_ password: String) {
        _ = verify(password, against: dummyHash)
    }

    /// A well-formed hash at this hasher's costs that no password matches in practice (its hash is all zeros).
    var dummyHash: String {
        let zeros = { (count: Int) in Data(count: count).base64EncodedString().replacingOccurrences(of: "=", with: "") }
        return PHCString(parameters: parameters,
                         saltBase64: zeros(Self.saltLength), hashBase64: zeros(Self.hashLength)).encoded
    }

    private static func withNormalizedBytes<R>(_ password: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let bytes = Array(password.precomposedStringWithCompatibilityMapping.utf8)
        return bytes.withUnsafeBytes(body)
    }
}

/// libargon2 refused to hash (for example: out of memory).
struct PasswordHashingError: Error, CustomStringConvertible {
    let message: String
    var description: String { "password hashing failed: \(message)" }
}
