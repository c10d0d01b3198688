import Foundation
import TestSupport

/// `authterm-server serve` for a door test, with all its data (database, outbox, secrets key,
/// log) in the test's own folder, so nothing it does shows in the temporary folder others watch.
final class AuthServerProcess {
    let url: String
    private let executable: URL
    private let program: BackgroundProgram
    /// The flags that point every command at this server's data.
    private let storage: [String]

    init(folder: URL) throws {
        executable = try BuiltProducts.debug("authterm-server")
        storage = ["--database", folder.appendingPathComponent("server.sqlite").path,
                   "--outbox", folder.appendingPathComponent("outbox").path,
                   "--set", "secrets_key_file=" + folder.appendingPathComponent("secrets.key").path,
                   "--set", "sms_sender=outbox", "--set", "metrics_listen=none"]
        // No config file of the user's: everything is in the flags.
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = folder.path
        program = try BackgroundProgram(executable, ["serve", "--listen", "127.0.0.1:0"] + storage,
                                        environment: environment, log: folder.appendingPathComponent("server.log").path,
                                        listening: /listening on 127\.0\.0\.1:([0-9]+)/)
        url = "http://127.0.0.1:\(program.port)"
    }

    deinit {
        stop()
    }

    func stop() {
        program.stop()
    }

    /// Creates an account through the server's command line.
    func addUser(email: String, password: String, name: String) throws {
        let (output, status) = try Command.run(executable.path, ["user", "add", email, "--password-stdin", "--name", name] + storage,
                                               input: password + "\n")
        guard status == 0 else { throw Command.Failed("authterm-server user add failed (\(status)): \(output)") }
    }
}
