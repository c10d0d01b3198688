import Crypto
import Foundation

/// An Ed25519 private key in OpenSSH's own file format, unencrypted: what `ssh-keygen -t ed25519
/// -N ''` writes, so an operator may bring a key made by ssh-keygen and check ours with it.
enum OpenSSHKeyFormat {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    private static let begin = "-----BEGIN OPENSSH PRIVATE KEY-----"
    private static let end = "-----END OPENSSH PRIVATE KEY-----"
    private static let magic = Array("openssh-key-v1".utf8) + [0]
    static let keyType = "ssh-ed25519"

    /// The key's public half as SSH sends it: the key type, then the 32-byte key.
    static func publicKeyBlob(_ key: Curve25519.Signing.PublicKey) -> [UInt8] {
        var writer = WireWriter()
        writer.string(keyType)
        writer.string(key.rawRepresentation)
        return writer.bytes
    }

    static func encode(_ key: Curve25519.Signing.PrivateKey, comment: String) -> String {
        let publicKey = key.publicKey.rawRepresentation
        let check = UInt32.random(in: .min ... .max)
        var secret = WireWriter()
        secret.uint32(check)
        secret.uint32(check)
        secret.string(keyType)
        secret.string(publicKey)
        secret.string(key.rawRepresentation + publicKey)
        secret.string(comment)
        var padding: UInt8 = 1
        while secret.bytes.count % 8 != 0 {
            secret.bytes.append(padding)
            padding += 1
        }
        var file = WireWriter(bytes: magic)
        file.string("none")
        file.string("none")
        file.string([UInt8]())
        file.uint32(1)
        file.string(publicKeyBlob(key.publicKey))
        file.string(secret.bytes)
        let base64 = Data(file.bytes).base64EncodedString()
        let lines = stride(from: 0, to: base64.count, by: 70).map { offset in
            let start = base64.index(base64.startIndex, offsetBy: offset)
            return String(base64[start..<(base64.index(start, offsetBy: 70, limitedBy: base64.endIndex) ?? base64.endIndex)])
        }
        return ([begin] + lines + [end]).joined(separator: "\n") + "\n"
    }

    static func decode(_ text: String) throws -> Curve25519.Signing.PrivateKey {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.firstIndex(of: begin), let last = lines.firstIndex(of: end), first < last,
              let data = Data(base64Encoded: lines[(first + 1)..<last].joined()) else {
            throw Malformed(description: "not an OpenSSH private key (ssh-keygen -t ed25519 writes one)")
        }
        var file = WireReader(Array(data))
        guard try file.bytes(magic.count) == magic else { throw Malformed(description: "not an OpenSSH private key") }
        let cipher = try file.text()
        guard cipher == "none" else {
            throw Malformed(description: "the key is protected by a passphrase; the door needs it without one")
        }
        _ = try file.string()  // the key derivation function: none
        _ = try file.string()  // its options: none
        guard try file.uint32() == 1 else { throw Malformed(description: "the file holds several keys; give it one") }
        _ = try file.string()  // the public key, repeated in the private part
        var secret = WireReader(try file.string())
        guard try secret.uint32() == secret.uint32() else { throw Malformed(description: "the key's check bytes differ") }
        let type = try secret.text()
        guard type == keyType else { throw Malformed(description: "the door needs an Ed25519 key, not \(type)") }
        let publicKey = try secret.string()
        let pair = try secret.string()
        guard pair.count == 64, Array(pair.suffix(32)) == publicKey,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: pair.prefix(32)),
              Array(key.publicKey.rawRepresentation) == publicKey else {
            throw Malformed(description: "the Ed25519 key's halves do not match")
        }
        return key
    }
}

/// SSH's wire encoding (RFC 4251): big-endian integers and length-prefixed strings.
private struct WireWriter {
    var bytes: [UInt8] = []

    mutating func uint32(_ value: UInt32) {
        bytes += withUnsafeBytes(of: value.bigEndian, Array.init)
    }

    mutating func string<Bytes: Collection<UInt8>>(_ value: Bytes) {
        uint32(UInt32(value.count))
        bytes += value
    }

    mutating func string(_ value: String) {
        string(Array(value.utf8))
    }
}

private struct WireReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func bytes(_ count: Int) throws -> [UInt8] {
        guard count >= 0, count <= bytes.count - offset else {
            throw OpenSSHKeyFormat.Malformed(description: "the key file is cut short")
        }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func uint32() throws -> UInt32 {
        try bytes(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func string() throws -> [UInt8] {
        try bytes(Int(uint32()))
    }

    mutating func text() throws -> String {
        String(decoding: try string(), as: UTF8.self)
    }
}
