import ArgumentParser
import AuthServer
import Foundation
import Logging

/// The options every command shares: where the settings and the database are.
struct ServerOptions: ParsableArguments {
    @Option(help: "The YAML config file (default: $XDG_CONFIG_HOME/authterm-server/config.yaml, when it exists).")
    var config: String?

    @Option(help: ArgumentHelp(
        "A SQLite file (default: under $XDG_DATA_HOME/authterm-server), or postgres://USER@HOST:PORT/DB for a "
            + "PostgreSQL database several instances share (its password from the URL, database_password_file or "
            + "PGPASSWORD).", valueName: "path-or-url"))
    var database: String?

    @Option(help: "The folder for mail and SMS when no SMTP server is set.")
    var outbox: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Any setting of the config file, KEY=VALUE (e.g. --set on_password_reset=keep-mfa).", valueName: "key=value"))
    var settings: [String] = []

    /// Defaults, then the config file, then the flags, each remembering where it was given.
    func serverSettings() throws -> ServerSettings {
        var result = ServerSettings()
        let path = config ?? ConfigurationFile.defaultPath()
        if config != nil || FileManager.default.fileExists(atPath: path) {
            guard let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) })
            else { throw ValidationError("The config file \(path) cannot be read.") }
            try result.apply(yaml: text, file: path)
        }
        try result.apply(overrides: settings)
        if let database { result.set(\.database, to: database, key: "database", flag: "--database") }
        if let outbox { result.set(\.outbox, to: outbox, key: "outbox", flag: "--outbox") }
        return result
    }

    /// The settings, every number within its bounds and every value of the right shape.
    func configuration() throws -> ServerConfiguration {
        try serverSettings().validated(files: false)
    }

    /// Runs `body` with the services over the configured database.
    func withServices<T>(
        logger: Logger = ServerLog.logger, _ body: (Services) async throws -> T
    ) async throws -> T {
        try await Services.withLive(configuration: configuration(), logger: logger, body)
    }

    /// Runs `body` with the account administration over the configured database.
    func withAdministration<T>(_ body: (AccountAdministration) async throws -> T) async throws -> T {
        try await withServices { services in try await body(AccountAdministration(services: services)) }
    }
}
