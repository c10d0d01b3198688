import Foundation

/// A one-connection SMTP server on a loopback port (a small Python script) that records the dialogue.
final class SMTPSink {
    private let server: LoopbackScript
    var port: Int { server.port }

    /// `rejectRecipients`: answer RCPT with 550.
    init(rejectRecipients: Bool = false) throws {
        server = try LoopbackScript(Self.script, arguments: rejectRecipients ? ["reject"] : [], name: "the SMTP sink")
    }

    /// Waits for the session to end; the commands received, and `DATA <line>` for each message line.
    func transcript() -> [String] {
        String(decoding: server.remainingOutput(), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    private static let script = """
        import socket, sys
        reject = sys.argv[1:] == ["reject"]
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(60)
        print(server.getsockname()[1], flush=True)
        connection, _ = server.accept()
        connection.settimeout(60)
        lines = connection.makefile("rb")
        def reply(text):
            connection.sendall((text + "\\r\\n").encode())
        reply("220 sink ESMTP")
        log = []
        while True:
            line = lines.readline()
            if not line:
                break
            command = line.decode().rstrip("\\r\\n")
            log.append(command)
            verb = command.split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                reply("250 sink")
            elif verb == "RCPT" and reject:
                reply("550 no such user")
            elif verb == "DATA":
                reply("354 go ahead")
                while True:
                    data = lines.readline()
                    if data in (b".\\r\\n", b""):
                        break
                    log.append("DATA " + data.decode().rstrip("\\r\\n"))
                reply("250 queued")
            elif verb == "QUIT":
                reply("221 bye")
                break
            else:
                reply("250 ok")
        print("\\n".join(log), flush=True)
        """
}
