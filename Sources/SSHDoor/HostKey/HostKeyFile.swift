import Crypto
import Foundation
import NIOSSH
#if canImport(Glibc)
import Glibc
#endif

/// The door's Ed25519 host key: read from its file, or made and written there (mode 0600) on the
/// first start. A file that group or others may read is refused, as sshd refuses one.
public struct HostKey: Sendable {
    /// The key as swift-nio-ssh signs with it.
    public let sshKey: NIOSSHPrivateKey
    /// `SHA256:…`, as `ssh-keygen -lf` and ssh's prompts print it: the fingerprint to publish.
    public let fingerprint: String

    init(_ key: Curve25519.Signing.PrivateKey) {
        sshKey = NIOSSHPrivateKey(ed25519Key: key)
        fingerprint = Self.fingerprint(ofPublicKeyBlob: OpenSSHKeyFormat.publicKeyBlob(key.publicKey))
    }

    /// The SHA-256 fingerprint of a public key as SSH sends it, as ssh prints it.
    static func fingerprint(ofPublicKeyBlob blob: some DataProtocol) -> String {
        "SHA256:" + Data(SHA256.hash(data: blob)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// Why the key file cannot be used, naming the file.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads the key at `path`, or creates it when there is no file; `created` says which.
    public static func loadOrCreate(at path: String) throws -> (key: HostKey, created: Bool) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            guard errno == ENOENT else { throw Problem(description: "cannot read the host key \(path): \(errorText())") }
            return (try create(at: path), true)
        }
        guard status.st_mode & 0o077 == 0 else {
            let mode = String(status.st_mode & 0o777, radix: 8)
            throw Problem(description: "the host key \(path) may be read by others (mode \(mode)): run chmod 600 \(path)")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Problem(description: "cannot read the host key \(path): \(error.localizedDescription)")
        }
        do {
            return (HostKey(try OpenSSHKeyFormat.decode(text)), false)
        } catch {
            throw Problem(description: "the host key \(path) cannot be used: \(error)")
        }
    }

    /// A new key, written only if no file appeared meanwhile, readable by its owner alone.
    private static func create(at path: String) throws -> HostKey {
        let privateKey = Curve25519.Signing.PrivateKey()
        let text = OpenSSHKeyFormat.encode(privateKey, comment: "authterm-ssh host key")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Problem(description: "cannot create the host key \(path): \(errorText())") }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            let reason = errorText()
            unlink(path)
            throw Problem(description: "cannot write the host key \(path): \(reason)")
        }
        return HostKey(privateKey)
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
