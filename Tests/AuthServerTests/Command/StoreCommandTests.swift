import AuthModel
import Foundation
import OTP
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TestSupport

@testable import AuthServer

/// `authterm-server` on either store, as an operator runs it: `--database`, `migrate`, `copy-store`.
@Suite struct StoreCommandTests {
    /// The built `authterm-server`, run with the settings of a scratch folder.
    struct ServerCommand {
        let scratch = try! ScratchFolder()
        var keyFile: String { scratch.path + "/secrets.key" }

        func run(_ arguments: [String], database: String, input: String = "") throws -> (output: String, status: Int32) {
            try FileManager.default.createDirectory(atPath: scratch.path, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: scratch.path + "/config.yaml", contents: Data())
            return try Command.run(
                try BuiltProducts.debug("authterm-server").path,
                arguments + [
                    "--config", scratch.path + "/config.yaml", "--database", database, "--outbox", scratch.path + "/outbox",
                    "--set", "secrets_key_file=" + keyFile,
                ],
                input: input, mergingErrors: true)
        }

        func check(_ arguments: [String], database: String, input: String = "") throws -> String {
            let (output, status) = try run(arguments, database: database, input: input)
            guard status == 0 else { throw Command.Failed("authterm-server \(arguments.joined(separator: " ")): \(output)") }
            return output
        }
    }

    @Test func anUnknownSchemeIsAClearErrorAndCreatesNothing() throws {
        let command = ServerCommand()
        let (output, status) = try command.run(["user", "list"], database: "mysql://auth@db/authterm")
        #expect(status != 0)
        #expect(output.contains("mysql: is not a database"))
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/mysql:"))
    }

    @Test func everyCommandWorksOnPostgreSQL() throws {
        let cluster = try PostgresCluster.shared()
        let url = cluster.url(database: try cluster.createDatabase())
        let command = ServerCommand()
        #expect(try command.check(["migrate"], database: url).contains("from version 0 to \(PostgresMigrations.versions.count)"))
        #expect(try command.check(["migrate"], database: url).contains("up to date"))
        try command.check(["user", "add", "ada@example.com", "--password-stdin"], database: url, input: TestServer.password + "\n")
        #expect(try command.check(["user", "list"], database: url).split(separator: "\n").contains("ada@example.com\tada\tmfa off"))
        try command.check(["user", "unlock", "ada@example.com"], database: url)
        #expect(try command.check(["audit"], database: url).contains("account-unlocked"))
        #expect(!(try command.check(["user", "show", "ada@example.com"], database: url)).contains(cluster.password))
    }

    @Test func aSchemaNewerThanTheServerKnowsIsRefused() throws {
        let cluster = try PostgresCluster.shared()
        let database = try cluster.createDatabase()
        let command = ServerCommand()
        try command.check(["migrate"], database: cluster.url(database: database))
        try cluster.psql("INSERT INTO schema_migrations (version, applied_at) VALUES (99, now())", database: database)
        let (output, status) = try command.run(["user", "list"], database: cluster.url(database: database))
        #expect(status != 0)
        #expect(output.contains("version 99, newer than"))

        let sqlite = command.scratch.path + "/auth.sqlite"
        try command.check(["migrate"], database: sqlite)
        let sqlite3 = try MissingTool.require("sqlite3", package: "sqlite3")
        try Command.check(sqlite3, [sqlite, "INSERT INTO grdb_migrations (identifier) VALUES ('v99')"])
        #expect(try command.run(["user", "list"], database: sqlite).output.contains("newer than"))
    }

    /// A SQLite installation moves up to PostgreSQL with every account and enrollment: after
    /// `copy-store`, the account signs in on PostgreSQL with a code of the authenticator it enrolled.
    @Test func copyStoreMovesAnInstallationToPostgreSQL() async throws {
        let command = ServerCommand()
        let sqlite = command.scratch.path + "/auth.sqlite"
        var configuration = ServerConfiguration(dataFolder: command.scratch.path)
        configuration.database = sqlite
        configuration.secretsKeyFile = command.keyFile
        let secret = try await Self.serve(configuration) { api in
            let session = try await api.session("ada@example.com", TestServer.password, remember: true)
            let setup = try await api.expect(
                TotpSetup.self, .startTotpSetup, body: StartTotpSetupRequest(label: "Pixel"), token: session.token)
            let totp = TOTP(secret: try #require(Base32.decode(setup.secret)))
            _ = try await api.expect(
                MethodResponse.self, .verifyTotpSetup, ["setup": setup.setup],
                body: VerifySetupRequest(code: totp.code(at: Date())), token: session.token)
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: session.token)
            return setup.secret
        }

        let cluster = try PostgresCluster.shared()
        let url = cluster.url(database: try cluster.createDatabase())
        let copied = try command.check(["copy-store", "--from", sqlite, "--to", url], database: sqlite)
        #expect(copied.contains("users: 1"))
        #expect(copied.contains("methods: 1"))
        #expect(!copied.contains(cluster.password))
        let again = try command.run(["copy-store", "--from", sqlite, "--to", url], database: sqlite)
        #expect(again.status != 0, "a copy goes into an empty database only")

        configuration.database = url
        try await Self.serve(configuration, addingUser: false) { api in
            let (flow, progress) = try await api.signIn("ada@example.com", TestServer.password)
            #expect(progress.next == .code)
            let totp = TOTP(secret: try #require(Base32.decode(secret)))
            // The next step's code: the enrollment used this step's.
            let done = try await api.expect(
                SignInProgress.self, .submitCode, ["flow": flow],
                body: SubmitCodeRequest(
                    method: try #require(progress.methods?.first?.id), code: totp.code(at: Date().addingTimeInterval(30))))
            #expect(done.next == .done)
        }
    }

    /// Runs the live services of `configuration` behind the HTTP API on loopback for `body`.
    @discardableResult
    static func serve<T: Sendable>(
        _ configuration: ServerConfiguration, addingUser: Bool = true, _ body: @escaping @Sendable (APIClient) async throws -> T
    ) async throws -> T {
        try await Services.withLive(configuration: configuration, logger: Logger(label: "test")) { services in
            if addingUser {
                _ = try await AccountAdministration(services: services)
                    .addUser(email: "ada@example.com", displayName: nil, password: TestServer.password)
            }
            let app = try ServerApplication.build(services: services, host: "127.0.0.1", port: 0, logger: Logger(label: "test"))
            return try await app.test(.live) { client in try await body(APIClient(client: client)) }
        }
    }
}
