import AuthClient
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An `authterm-server` child process on a free loopback port with temporary data (database,
/// outbox, secrets key), removed again by `stop()`. `authterm demo` runs on one; so do the
/// end-to-end tests.
public final class LocalServer: @unchecked Sendable {
    public let url: String
    /// Where the server writes mail and SMS messages (the demo's Mailbox reads it).
    public let outbox: String
    public let database: String
    private let executable: String
    private let folder: URL
    /// The flags that point every command at this server's data.
    private let storage: [String]
    private let environment: [String: String]
    private var process: Process?

    /// Why the server could not be started or a command failed, with what it printed.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts `serverExecutable` with extra `settings` (`KEY=VALUE`, as its `--set` takes them).
    public init(serverExecutable: String, settings: [String] = []) async throws {
        guard FileManager.default.isExecutableFile(atPath: serverExecutable) else {
            throw Failure(description: "authterm-server was not found at \(serverExecutable). "
                + "Build it with: swift build --product authterm-server")
        }
        let port = try FreePort.find()
        url = "http://127.0.0.1:\(port)"
        executable = serverExecutable
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-local-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        outbox = folder.appendingPathComponent("outbox").path
        database = folder.appendingPathComponent("server.sqlite").path
        storage = ["--database", database, "--outbox", outbox,
                   "--set", "secrets_key_file=" + folder.appendingPathComponent("secrets.key").path]
            + settings.flatMap { ["--set", $0] }
        // The server reads no config file of the user's: everything it needs is in the flags.
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = folder.path
        self.environment = environment
        do {
            try await serve(port: port)
        } catch {
            stop()
            throw error
        }
    }

    /// Creates an account through the server's command line.
    public func addUser(email: String, password: String, name: String? = nil) throws {
        try command(["user", "add", email, "--password-stdin"] + (name.map { ["--name", $0] } ?? []),
                    input: password + "\n")
    }

    /// Runs `authterm-server ARGUMENTS` on this server's data; returns what it printed.
    @discardableResult
    public func command(_ arguments: [String], input: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments + storage
        process.environment = environment
        let stdin = Pipe(), output = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = output
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "authterm-server \(arguments.prefix(2).joined(separator: " ")) failed: \(printed)")
        }
        return printed
    }

    /// Stops the server and removes the temporary data.
    public func stop() {
        if let process, process.isRunning {
            process.terminate()
            // A server that does not stop within 5 seconds (SIGTERM blocked by whoever started
            // this process) is killed.
            for _ in 0..<50 where process.isRunning { usleep(100_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    private func serve(port: Int) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["serve", "--listen", "127.0.0.1:\(port)"] + storage
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        let log = folder.appendingPathComponent("server.log")
        // A file that could not be created fails to open just below, with the reason.
        _ = FileManager.default.createFile(atPath: log.path, contents: nil, attributes: [.posixPermissions: 0o600])
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        self.process = process
        let client = try AuthClient(server: url)
        for _ in 0..<100 {
            guard process.isRunning else { break }
            if (try? await client.send(client.api.health())) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        throw Failure(description: "The server did not start. It said:\n\(printed)")
    }
}
