import AuthClient
import FoundationEssentials
import Glibc

/// An `authterm-server` child process on a free loopback port with temporary data (database,
/// outbox, secrets key), removed again by `stop()`. `authterm demo` runs on one; so do the
/// end-to-end tests. The folder names this process and the server's (`LeftoverFolders`), so that
/// it can be removed by a later demo if this process is killed before it could.
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
    private var process: ChildProcess?

    /// Why the server could not be started or a command failed, with what it printed.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Where a server keeps its data, when it is not a temporary folder of its own: instances that
    /// share one PostgreSQL database share its secrets key and may share one outbox.
    public struct Storage: Sendable {
        public var database: String
        public var outbox: String
        public var secretsKeyFile: String

        public init(database: String, outbox: String, secretsKeyFile: String) {
            self.database = database
            self.outbox = outbox
            self.secretsKeyFile = secretsKeyFile
        }
    }

    /// Starts `serverExecutable` on `storage` (default: temporary data of its own) with extra
    /// `settings` (`KEY=VALUE`, as its `--set` takes them).
    public init(serverExecutable: String, storage shared: Storage? = nil, settings: [String] = []) async throws {
        guard FileManager.default.isExecutableFile(atPath: serverExecutable) else {
            throw Failure(description: "authterm-server was not found at \(serverExecutable). "
                + "Build it with: swift build --product authterm-server")
        }
        let port = try FreePort.find()
        url = "http://127.0.0.1:\(port)"
        executable = serverExecutable
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(LeftoverFolders.prefix + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        if let owner = ProcessIdentity.current { try LeftoverFolders.record(owner, as: LeftoverFolders.ownerFile, in: folder) }
        let data = shared ?? Storage(
            database: folder.appendingPathComponent("server.sqlite").path, outbox: folder.appendingPathComponent("outbox").path,
            secretsKeyFile: folder.appendingPathComponent("secrets.key").path)
        outbox = data.outbox
        database = data.database
        // Text messages go to the outbox too, where the demo's Mailbox and the tests read them; no
        // metrics listener, so that servers side by side do not compete for its port.
        storage = ["--database", database, "--outbox", outbox, "--set", "secrets_key_file=" + data.secretsKeyFile]
            + (["sms_sender=outbox", "metrics_listen=none"] + settings).flatMap { ["--set", $0] }
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

    /// The server's process, for tests that end it abruptly.
    public var processIdentifier: Int32? { process?.pid }

    /// Creates an account through the server's command line.
    public func addUser(email: String, password: String, name: String? = nil, language: String? = nil) throws {
        try command(["user", "add", email, "--password-stdin"] + (name.map { ["--name", $0] } ?? [])
                        + (language.map { ["--language", $0] } ?? []),
                    input: password + "\n")
    }

    /// Runs `authterm-server ARGUMENTS` on this server's data; returns what it printed. Input and
    /// output go through files in the server's folder, which only this user can read.
    @discardableResult
    public func command(_ arguments: [String], input: String = "") throws -> String {
        let name = "command-\(UUID().uuidString)"
        let inputFile = folder.appendingPathComponent(name + ".in").path
        let outputFile = folder.appendingPathComponent(name + ".out").path
        defer {
            unlink(inputFile)
            unlink(outputFile)
        }
        guard FileManager.default.createFile(atPath: inputFile, contents: Data(input.utf8), attributes: [.posixPermissions: 0o600])
        else { throw Failure(description: "Cannot write to \(folder.path).") }
        let process = try ChildProcess(executable, arguments + storage, environment: environment, input: inputFile,
                                       output: outputFile, error: outputFile)
        let status = process.wait()
        let printed = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure(description: "authterm-server \(arguments.prefix(2).joined(separator: " ")) failed: \(printed)")
        }
        return printed
    }

    /// Stops the server and removes the temporary data.
    public func stop() {
        process?.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    private func serve(port: Int) async throws {
        let log = folder.appendingPathComponent("server.log")
        let process = try ChildProcess(executable, ["serve", "--listen", "127.0.0.1:\(port)"] + storage,
                                       environment: environment, error: log.path)
        self.process = process
        if let server = ProcessIdentity(pid: process.pid) {
            try LeftoverFolders.record(server, as: LeftoverFolders.serverFile, in: folder)
        }
        let client = try AuthClient(server: url)
        // A server that exits has failed at once; one still starting on a loaded machine (migrations,
        // the secrets key, a debug build) gets a generous minute before it is given up on.
        let deadline = ContinuousClock.now + .seconds(60)
        while process.isRunning, ContinuousClock.now < deadline {
            if (try? await client.send(client.api.readiness())) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        throw Failure(description: "The server did not start. It said:\n\(printed)")
    }
}
