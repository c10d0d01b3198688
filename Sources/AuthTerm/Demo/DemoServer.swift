import AuthClient
import AuthModel
import Foundation

/// `authterm demo`: an `authterm-server` child process on a free loopback port, with a temporary
/// database, outbox and demo account, removed again by `stop()`.
public final class DemoServer {
    public static let account = DemoAccount(email: "demo@example.com", password: "demo-password-2468")
    public static let displayName = "Demo User"

    public let url: String
    /// Where the server writes mail and SMS messages: the Mailbox screen reads it.
    public let outbox: String
    private let folder: URL
    private let process: Process

    /// Where a problem starting the demo is explained.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts the server found next to this executable and creates the demo account.
    public init(serverExecutable: String) async throws {
        guard FileManager.default.isExecutableFile(atPath: serverExecutable) else {
            throw Failure(description: "authterm-server was not found at \(serverExecutable). Build it with: swift build --product authterm-server")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        outbox = folder.appendingPathComponent("outbox").path
        let database = folder.appendingPathComponent("demo.sqlite").path
        let port = try FreePort.find()
        url = "http://127.0.0.1:\(port)"
        let storage = ["--database", database, "--config", folder.appendingPathComponent("server.toml").path]

        try Self.runToEnd(serverExecutable, ["user", "add", Self.account.email, "--name", Self.displayName,
                                             "--password-stdin"] + storage, input: Self.account.password + "\n")
        process = Process()
        process.executableURL = URL(fileURLWithPath: serverExecutable)
        process.arguments = ["serve", "--listen", "127.0.0.1:\(port)", "--outbox", outbox] + storage
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("server.log"))
        try process.run()
        try await waitUntilHealthy()
    }

    /// Stops the server and removes the temporary data.
    public func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    private func waitUntilHealthy() async throws {
        let client = try AuthClient(server: url)
        for _ in 0..<100 {
            guard process.isRunning else { break }
            if (try? await client.send(client.api.health())) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        stop()
        throw Failure(description: "The demo server did not start; see \(folder.path)/server.log.")
    }

    /// Runs a command to its end; a failure carries what it printed.
    private static func runToEnd(_ executable: String, _ arguments: [String], input: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), output = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = output
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "Creating the demo account failed: \(String(decoding: printed, as: UTF8.self))")
        }
    }
}
