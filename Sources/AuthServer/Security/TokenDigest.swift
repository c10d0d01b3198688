import Crypto

/// How session tokens, remember tokens and one-time codes are stored: never as themselves, only as
/// the SHA-256 of their UTF-8 bytes, in lower-case hex. Tokens carry 128 bits or more, so a plain
/// hash suffices; short codes must also be rate limited and expire.
enum TokenDigest {
    static func sha256Hex(_ token: String) -> String {
        LowerHex.text(SHA256.hash(data: Array(token.utf8)))
    }
}
