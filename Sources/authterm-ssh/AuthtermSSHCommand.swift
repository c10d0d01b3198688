import ArgumentParser
import Foundation
import Logging
import SSHDoor

@main
struct AuthtermSSHCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authterm-ssh",
        abstract: "An SSH door to authterm: `ssh -p PORT HOST` opens authterm's sign-in screen, with nothing to install.",
        discussion: """
            Every SSH session that asks for a terminal runs `authterm --server URL` in a pseudo-terminal of its \
            own, with a private temporary home removed when the session ends. SSH itself takes any user name and \
            asks for nothing: people sign in in authterm. Commands, subsystems (sftp) and port forwarding are \
            refused. The host key is created on the first start when FILE is missing; its fingerprint is printed \
            at every start, for you to publish. Started as root, the door runs as --user after binding its port.
            """)

    @Option(help: ArgumentHelp("Where to listen: HOST:PORT, [IPv6]:PORT or :PORT.", valueName: "HOST:PORT"))
    var listen = "0.0.0.0:2222"

    @Option(name: .customLong("host-key"), help: ArgumentHelp("The Ed25519 host key file (OpenSSH format, mode 0600).",
                                                              valueName: "FILE"))
    var hostKey: String

    @Option(help: ArgumentHelp("The auth server's address, passed to every authterm.", valueName: "URL"))
    var server: String

    @Option(name: .customLong("ca-cert"), help: ArgumentHelp("A CA certificate (PEM) for the server's TLS.", valueName: "FILE"))
    var caCertificate: String?

    @Option(help: ArgumentHelp("The authterm program (default: the one next to authterm-ssh).", valueName: "PATH"))
    var authterm: String?

    @Option(help: ArgumentHelp("The unprivileged account to run as, when started as root.", valueName: "NAME"))
    var user: String?

    @Option(name: .customLong("max-sessions"), help: ArgumentHelp("Sessions open at once.", valueName: "N"))
    var maxSessions = 64

    @Option(name: .customLong("connections-per-minute"),
            help: ArgumentHelp("New connections one client address may open a minute.", valueName: "N"))
    var connectionsPerMinute = 20

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("End a session after this long without a key press.",
                                                                   valueName: "SECONDS"))
    var idleTimeout = 600

    @Option(name: .customLong("max-session-length"), help: ArgumentHelp("End any session after this long.",
                                                                         valueName: "SECONDS"))
    var maxSessionLength = 3600

    func validate() throws {
        guard ListenAddress(listen) != nil else { throw ValidationError("--listen takes HOST:PORT, e.g. 0.0.0.0:2222") }
        guard let url = URL(string: server), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw ValidationError("--server takes the auth server's address, e.g. https://auth.example.com")
        }
        for (name, value) in [("--max-sessions", maxSessions), ("--connections-per-minute", connectionsPerMinute),
                              ("--idle-timeout", idleTimeout), ("--max-session-length", maxSessionLength)] where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
        if let caCertificate, !FileManager.default.isReadableFile(atPath: caCertificate) {
            throw ValidationError("cannot read the CA certificate \(caCertificate)")
        }
        if Privileges.isRoot && user == nil {
            throw ValidationError("started as root, the door needs --user NAME: sessions never run as root")
        }
        if !Privileges.isRoot && user != nil {
            throw ValidationError("--user needs the door to be started as root")
        }
    }

    /// Synchronous on purpose: Swift's async main parks the main thread in a way that keeps it
    /// out of setuid(), so it would stay root after --user.
    func run() throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let termination = TerminationSignals()
        let client = try clientPath()
        let configuration = DoorConfiguration(
            listen: ListenAddress(listen)!, client: client, server: server,
            caCertificate: caCertificate.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
            maxSessions: maxSessions, connectionsPerMinute: connectionsPerMinute,
            idleTimeout: .seconds(idleTimeout), maxSessionLength: .seconds(maxSessionLength))
        let key: HostKey
        let created: Bool
        do {
            (key, created) = try HostKey.loadOrCreate(at: hostKey)
        } catch {
            throw failure("\(error)")
        }
        let door = Door(configuration: configuration, hostKey: key, logger: Logger(label: "authterm-ssh"))
        let address: ListenAddress
        do {
            address = try door.start()
        } catch {
            throw failure("cannot listen on \(listen): \(error)")
        }
        if let user {
            do {
                try Privileges.become(user)
            } catch {
                door.stop()
                throw failure("\(error)")
            }
            guard FileManager.default.isExecutableFile(atPath: client) else {
                door.stop()
                throw failure("\(user) cannot run \(client): let it read and run the file and its folders")
            }
        }
        FileHandle.standardOutput.write(Data("""
            authterm-ssh: host key \(hostKey)\(created ? " (created)" : ""): ED25519 \(key.fingerprint)
            authterm-ssh: listening on \(address), sessions run \(client) --server \(server)\n
            """.utf8))
        termination.wait()
        door.stop()
    }

    /// --authterm, else `authterm` next to this program.
    private func clientPath() throws -> String {
        let path = authterm.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            ?? URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("authterm").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw failure("authterm was not found at \(path): give its path with --authterm PATH")
        }
        return path
    }

    private func failure(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("authterm-ssh: \(message)\n".utf8))
        return ExitCode(1)
    }
}

/// SIGTERM and SIGINT, taken from their default action (the end of the process) so that the door
/// can end its sessions first.
private struct TerminationSignals {
    private let received = DispatchSemaphore(value: 0)
    private let sources: [any DispatchSourceSignal]

    init() {
        sources = [SIGTERM, SIGINT].map { [received] number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { received.signal() }
            source.resume()
            return source
        }
    }

    /// Returns once one of them has come.
    func wait() {
        received.wait()
    }
}
