import AuthModel
import Foundation
import Testing

@testable import AuthClient

/// https against a self-signed certificate made at test time: refused unless trusted with a CA file.
@Suite struct TLSTests {
    /// A self-signed certificate for 127.0.0.1 and localhost, made with `openssl`.
    static func makeCertificate(in folder: String) throws -> (certificate: String, key: String) {
        let certificate = folder + "/cert.pem", key = folder + "/key.pem"
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", certificate,
        ]
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        return (certificate, key)
    }

    @Test func selfSignedIsRefusedByDefaultAndTrustedWithTheCAFile() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let files = try Self.makeCertificate(in: folder.path)
        let responder = try Responder(.health, tls: files)

        let strict = try AuthClient(server: responder.httpsURL)
        let error = await caughtError { () async throws(ClientError) in try await strict.send(strict.api.health()) }
        guard case .tls(let message) = error else {
            Issue.record("expected a TLS error, got \(String(describing: error))")
            return
        }
        #expect(message.lowercased().contains("certificate"))

        let trusting = try AuthClient(server: responder.httpsURL, configuration: TransportConfiguration(
            policy: ConnectionPolicy(caCertificateFile: files.certificate)))
        #expect(try await trusting.send(trusting.api.health()) == HealthResponse(status: "ok", version: "0.1.0"))

        let missingFile = try AuthClient(server: responder.httpsURL, configuration: TransportConfiguration(
            policy: ConnectionPolicy(caCertificateFile: folder.path + "/missing.pem")))
        guard case .tls = await caughtError({ () async throws(ClientError) in try await missingFile.send(missingFile.api.health()) }) else {
            Issue.record("a missing CA file must fail as TLS")
            return
        }
    }
}
