import Foundation
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

    deinit {
        process.terminate()
        process.waitUntilExit()
        folder.remove()
    }

    func addUser(email: String, password: String) throws {
        let status = try Command.run(executable, ["user", "add", email, "--password-stdin"] + storage,
                                     input: password + "\n").status
        guard status == 0 else { throw Command.Failed("user add failed (\(status))") }
    }

    /// The code in the newest outbox message whose file name ends in `kind` (`sms`, `eml`).
    func lastCode(kind: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: outbox).filter { $0.hasSuffix("." + kind) }
        let newest = try #require(names.sorted().last, "no .\(kind) message in the outbox")
        let text = try String(contentsOfFile: outbox + "/" + newest, encoding: .utf8)
        let match = try #require(text.firstMatch(of: /code is ([A-Za-z0-9-]+)\./), "no code in \(newest)")
        return String(match.1)
    }
}

/// The current TOTP code of a Base32 secret, from `oathtool`.
func totpCode(secret: String) throws -> String {
    let oathtool = try MissingTool.require("oathtool", package: "oathtool")
    return try Command.run(oathtool, ["--totp", "-b", secret]).output.trimmingCharacters(in: .whitespacesAndNewlines)
}
