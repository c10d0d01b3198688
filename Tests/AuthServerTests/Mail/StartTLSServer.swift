import Foundation

/// A real SMTP server with STARTTLS on a loopback port: aiosmtpd (Debian's python3-aiosmtpd,
/// run by Debian's python3) with a certificate for 127.0.0.1 made by openssl. It refuses mail
/// before STARTTLS and records each message it takes, with whether it came over TLS.
final class StartTLSServer {
    /// One message as the server took it.
    struct Received: Decodable {
        var from: String
        var to: [String]
        var content: String
        var tls: Bool
    }

    /// The server's self-signed certificate: the CA file a client checks it against.
    let certificate: String
    private let scratch: ScratchFolder
    private let server: LoopbackScript
    var port: Int { server.port }

    init() throws {
        scratch = try ScratchFolder()
        certificate = scratch.path + "/smtp.pem"
        let key = scratch.path + "/smtp.key"
        _ = try ExternalCommand.run("openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", certificate,
        ])
        server = try LoopbackScript(
            Self.script, arguments: [certificate, key], python: "/usr/bin/python3",
            name: "aiosmtpd (scripts/install-deps test installs python3-aiosmtpd)")
    }

    /// The next message the server takes (it stops after 30 s, so a message that never comes is nil).
    func received() throws -> Received? {
        try server.line().map { try JSONDecoder().decode(Received.self, from: Data($0.utf8)) }
    }

    private static let script = """
        import asyncio, json, ssl, sys
        from aiosmtpd.smtp import SMTP
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(sys.argv[1], sys.argv[2])
        class Handler:
            async def handle_DATA(self, server, session, envelope):
                print(json.dumps({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                                  "content": envelope.content.decode(), "tls": session.ssl is not None}), flush=True)
                return "250 OK"
        async def main():
            loop = asyncio.get_running_loop()
            server = await loop.create_server(
                lambda: SMTP(Handler(), tls_context=context, require_starttls=True), "127.0.0.1", 0)
            print(server.sockets[0].getsockname()[1], flush=True)
            await asyncio.sleep(30)
        asyncio.run(main())
        """
}
