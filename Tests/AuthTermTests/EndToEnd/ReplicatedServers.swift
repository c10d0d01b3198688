import AuthClient
@testable import AuthTermDemo
import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Two `authterm-server serve` instances on one PostgreSQL database (a new one in the test
/// process's cluster), sharing the secrets key and the outbox, behind nginx as the load balancer:
/// round robin, and each instance trusts nginx's `X-Forwarded-For`.
final class ReplicatedServers: @unchecked Sendable {
    let instances: [LocalServer]
    let database: String
    let outbox: String
    /// nginx's address: where the client goes.
    let url: String
    private let folder: URL
    private let nginx: ChildProcess

    /// Instances with extra `settings` (`KEY=VALUE`).
    init(settings: [String] = []) async throws {
        let cluster = try PostgresCluster.shared()
        database = cluster.url(database: try cluster.createDatabase())
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-replicated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        outbox = folder.appendingPathComponent("outbox").path
        let storage = LocalServer.Storage(
            database: database, outbox: outbox, secretsKeyFile: folder.appendingPathComponent("secrets.key").path)
        let executable = try BuiltProducts.debug("authterm-server").path
        // Started together: they take turns at the schema's migration and at making the key.
        let settings = ["trusted_proxies=[127.0.0.1]"] + settings
        async let first = LocalServer(serverExecutable: executable, storage: storage, settings: settings)
        async let second = LocalServer(serverExecutable: executable, storage: storage, settings: settings)
        instances = try await [first, second]
        let port = try FreePort.find()
        url = "http://127.0.0.1:\(port)"
        nginx = try Self.startNginx(in: folder, port: port, upstreams: instances.map(\.url))
        try await waitForNginx()
    }

    deinit {
        nginx.stop()
        for instance in instances { instance.stop() }
        try? FileManager.default.removeItem(at: folder)
    }

    func addUser(email: String, password: String, name: String) throws {
        try instances[0].addUser(email: email, password: password, name: name)
    }

    /// Ends an instance at once, as a crash or a pulled plug would.
    func crash(_ index: Int) {
        guard let pid = instances[index].processIdentifier else { return }
        kill(pid, SIGKILL)
    }

    private static func startNginx(in folder: URL, port: Int, upstreams: [String]) throws -> ChildProcess {
        let nginx = try MissingTool.require("nginx", package: "nginx")
        let path = folder.path
        let servers = upstreams.map { "server \($0.replacingOccurrences(of: "http://", with: "")) max_fails=1 fail_timeout=5s;" }
        let configuration = """
            \(getuid() == 0 ? "user root;" : "")
            worker_processes 1;
            daemon off;
            pid \(path)/nginx.pid;
            error_log \(path)/nginx-error.log;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path \(path)/body;
                proxy_temp_path \(path)/proxy;
                fastcgi_temp_path \(path)/fastcgi;
                uwsgi_temp_path \(path)/uwsgi;
                scgi_temp_path \(path)/scgi;
                upstream authterm { \(servers.joined(separator: " ")) }
                server {
                    listen 127.0.0.1:\(port);
                    location / {
                        proxy_pass http://authterm;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_next_upstream error timeout;
                    }
                }
            }
            """
        try configuration.write(toFile: path + "/nginx.conf", atomically: true, encoding: .utf8)
        let log = path + "/nginx-output.log"
        return try ChildProcess(
            nginx, ["-p", path, "-c", path + "/nginx.conf"], environment: ProcessInfo.processInfo.environment, output: log,
            error: log)
    }

    private func waitForNginx() async throws {
        let client = try AuthClient(server: url)
        for _ in 0..<100 {
            if (try? await client.send(client.api.readiness())) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        let log = (try? String(contentsOfFile: folder.path + "/nginx-error.log", encoding: .utf8)) ?? ""
        throw Command.Failed("nginx did not answer on \(url):\n\(log)")
    }
}
