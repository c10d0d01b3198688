import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL cluster for the tests of one test process: `initdb` into a temporary
/// folder, `pg_ctl` listening only on a Unix socket in that folder (so it needs no free port),
/// stopped and removed when the process exits. The shared cluster trusts its socket, so that the
/// many connections of parallel tests open fast; a cluster of a test's own may ask for the password
/// (SCRAM), as a real deployment does. As root it runs as the `postgres` user, since PostgreSQL
/// refuses to run as root.
public final class PostgresCluster: Sendable {
    public let folder: String
    /// The number in the socket's name: any will do, since the socket lives in the cluster's own folder.
    public let port = 5432
    public let user = "authterm"
    public let password: String
    private let bin: String

    /// The cluster of this test process, started on first use.
    public static func shared() throws -> PostgresCluster {
        try started.withLock { cluster in
            if let cluster { return cluster }
            let new = try PostgresCluster()
            cluster = new
            atexit { PostgresCluster.started.withLock { $0?.stop() } }
            return new
        }
    }

    private static let started = Mutex<PostgresCluster?>(nil)

    /// A cluster of the caller's own, for a test that stops it on purpose or checks its password;
    /// `stop()` it at the end.
    public init(askingForThePassword: Bool = false) throws {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let newestFirst = versions.sorted(by: { $0.compare($1, options: .numeric) == .orderedDescending })
        guard let bin = newestFirst.map({ "/usr/lib/postgresql/\($0)/bin" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") })
        else { throw MissingTool("PostgreSQL is missing: install the Debian package postgresql (scripts/install-deps test)") }
        self.bin = bin
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-pg-\(UUID().uuidString.prefix(8))").path
        password = UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try password.write(toFile: folder + "/password", atomically: true, encoding: .utf8)
        if getuid() == 0 {
            try Command.check("/bin/chown", ["-R", "postgres:postgres", folder])
        }
        try run("initdb", [
            "-D", folder + "/data", "-U", user, "--pwfile=\(folder)/password",
            "--auth=\(askingForThePassword ? "scram-sha-256" : "trust")", "-E", "UTF8", "--no-sync",
        ])
        try start()
    }

    /// Starts the cluster's server, again after `pause()`.
    public func start() throws {
        // No fsync (a test's data need not outlive the machine), but every commit is written before
        // it is acknowledged, so that what a test saw committed survives a crash of the server.
        let options = "-p \(port) -k \(folder) -c listen_addresses= -c max_connections=500 -c fsync=off "
            + "-c full_page_writes=off"
        try run("pg_ctl", ["-D", folder + "/data", "-l", folder + "/log", "-w", "-o", options, "start"])
    }

    /// Stops the cluster's server at once, as a crash would, keeping its data for `start()`.
    public func pause() throws {
        try run("pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "stop"])
    }

    /// A new, empty database; its name.
    public func createDatabase() throws -> String {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        try psql("CREATE DATABASE \(name)")
        return name
    }

    /// Runs SQL as the superuser in `database`.
    public func psql(_ sql: String, database: String = "postgres") throws {
        let psql = try MissingTool.require("psql", package: "postgresql-client")
        try Command.check(psql, [url(database: database), "-v", "ON_ERROR_STOP=1", "-c", sql])
    }

    /// The URL of `database`, through the socket, with the password.
    public func url(database: String) -> String {
        "postgres://\(user):\(password)@/\(database)?host=\(folder)&port=\(port)"
    }

    /// Stops the cluster at once and removes its folder.
    public func stop() {
        _ = try? run("pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs a PostgreSQL program of the cluster's version, as `postgres` when this process is root.
    private func run(_ program: String, _ arguments: [String]) throws {
        if getuid() == 0 {
            try Command.check("/usr/sbin/runuser", ["-u", "postgres", "--", bin + "/" + program] + arguments)
        } else {
            try Command.check(bin + "/" + program, arguments)
        }
    }
}
