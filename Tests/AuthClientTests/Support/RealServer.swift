import Foundation
import Glibc
import TestSupport
import Testing

@testable import AuthClient

/// The real `authterm-server serve` on a free loopback port, with a temporary database and outbox.
final class RealServer {
    let url: String
    let outbox: String
    private let folder: TemporaryDirectory
    private let executable: String
    private let storage: [String]
    private let process = Process()

    init() async throws {
        executable = try BuiltProducts.debug("authterm-server").path
        folder = try TemporaryDirectory()
        outbox = folder.path + "/outbox"
        storage = ["--database", folder.path + "/server.sqlite", "--outbox", outbox,
                   "--set", "secrets_key_file=\(folder.path)/secrets.key"]
        let port = try Responder(.health).port  // free once the responder is gone
        url = "http://127.0.0.1:\(port)"
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["serve", "--listen", "127.0.0.1:\(port)"] + storage
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CONFIG_HOME": folder.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let client = try AuthClient(server: url)
        for _ in 0..<100 where process.isRunning {
            if (try? await client.health()) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Command.Failed("authterm-server did not start on \(url)")
    }

    /// SIGKILL: the test runner may leave SIGTERM blocked, and children inherit the mask.
    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        folder.remove()
    }

    func addUser(email: String, password: String) throws {
        let status = try Command.run(executable, ["user", "add", email, "--password-stdin"] + storage,
                                     input: password + "\n").status
        guard status == 0 else { throw Command.Failed("user add failed (\(status))") }
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
