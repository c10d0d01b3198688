import Foundation
import Glibc
import AuthTermDemo
import TestSupport
import Testing

@testable import AuthClient

/// The real `authterm-server serve` on a free loopback port, with a temporary database and outbox
/// (the demo's `LocalServer`), and the codes it sends.
final class RealServer {
    private let server: LocalServer
    var url: String { server.url }
    var outbox: String { server.outbox }

    init() async throws {
        server = try await LocalServer(serverExecutable: BuiltProducts.debug("authterm-server").path)
    }

    deinit {
        server.stop()
    }

    func addUser(email: String, password: String) throws {
        try server.addUser(email: email, password: password)
    }

    /// The codes already handed out by `nextCode`, by message file name.
    private var readMessages: Set<String> = []

    /// The code of the next outbox message with a code whose file name ends in `kind` (`sms`,
    /// `eml`). Mails go out in the background, so it waits for one (up to 5 s); messages without a
    /// code (notices) are passed over.
    func nextCode(kind: String) throws -> String {
        for _ in 0..<50 {
            let names = try FileManager.default.contentsOfDirectory(atPath: outbox).filter { $0.hasSuffix("." + kind) }
            for name in names.sorted() where !readMessages.contains(name) {
                let text = try String(contentsOfFile: outbox + "/" + name, encoding: .utf8)
                guard let match = text.firstMatch(of: /code is ([A-Za-z0-9-]+)\./) else { continue }
                readMessages.insert(name)
                return String(match.1)
            }
            usleep(100_000)
        }
        throw Command.Failed("no new .\(kind) message with a code in the outbox")
    }
}

/// The current TOTP code of a Base32 secret, from `oathtool`.
func totpCode(secret: String) throws -> String {
    let oathtool = try MissingTool.require("oathtool", package: "oathtool")
    return try Command.run(oathtool, ["--totp", "-b", secret]).output.trimmingCharacters(in: .whitespacesAndNewlines)
}
