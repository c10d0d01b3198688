import NIOSSL

/// The certificate chain and private key the API is served with (`tls_cert`, `tls_key`, both PEM),
/// read when the server starts: TLS 1.2 and later, with NIOSSL's default ciphers.
struct TLSFiles: Sendable {
    var certificate: String
    var key: String

    /// Which file could not be used, and why.
    struct Problem: Error {
        var setting: String
        var message: String
    }

    func serverConfiguration() throws -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificate)
        } catch {
            throw Problem(setting: "tls_cert", message: "names \(certificate), which is not a readable PEM certificate chain")
        }
        guard !chain.isEmpty else {
            throw Problem(setting: "tls_cert", message: "names \(certificate), which holds no certificate")
        }
        let privateKey: NIOSSLPrivateKey
        do {
            privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
        } catch {
            throw Problem(setting: "tls_key", message: "names \(key), which is not a readable PEM private key without a passphrase")
        }
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
        configuration.minimumTLSVersion = .tlsv12
        // A key that does not belong to the certificate fails here rather than at the first handshake.
        do {
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw Problem(setting: "tls_key", message: "names \(key), which is not the private key of the certificate in \(certificate)")
        }
        return configuration
    }
}
