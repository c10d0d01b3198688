import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL cluster for the tests of one test process: `initdb` into a temporary
/// folder, `pg_ctl` on a free loopback port with its socket in that folder, stopped and removed when
/// the process exits. Host connections need the password (SCRAM), as a real deployment's would.
/// As root it runs as the `postgres` user, since PostgreSQL refuses to run as root.
public final class PostgresCluster: Sendable {
    public let folder: String
    public let port: Int
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

    private init() throws {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let newestFirst = versions.sorted(by: { $0.compare($1, options: .numeric) == .orderedDescending })
        guard let bin = newestFirst.map({ "/usr/lib/postgresql/\($0)/bin" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") })
        else { throw MissingTool("PostgreSQL is missing: install the Debian package postgresql (scripts/install-deps test)") }
        self.bin = bin
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-pg-\(UUID().uuidString.prefix(8))").path
        password = UUID().uuidString
        port = try FreePort.loopback()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try password.write(toFile: folder + "/password", atomically: true, encoding: .utf8)
        if getuid() == 0 {
            try Command.check("/bin/chown", ["-R", "postgres:postgres", folder])
        }
        try run("initdb", [
            "-D", folder + "/data", "-U", user, "--pwfile=\(folder)/password", "--auth-local=trust",
            "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync",
        ])
        let options = "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c max_connections=500 "
            + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        try run("pg_ctl", ["-D", folder + "/data", "-l", folder + "/log", "-w", "-o", options, "start"])
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
        try Command.check(psql, ["-h", folder, "-p", String(port), "-U", user, "-d", database, "-v", "ON_ERROR_STOP=1", "-c", sql])
    }

    /// A URL of `database` over TCP, with the password.
    public func url(database: String) -> String {
        "postgres://\(user):\(password)@127.0.0.1:\(port)/\(database)?sslmode=disable"
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

/// A free TCP port on the loopback address.
public enum FreePort {
    public static func loopback() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length) == 0 && getsockname(socket, pointer, &length) == 0
            }
        }
        guard bound else { throw Command.Failed("no free loopback port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
