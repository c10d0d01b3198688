import ArgumentParser
import AuthServer
import Logging

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the database's schema up to date (every command does so first; instances starting together take turns).")

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let location = try options.configuration().databaseLocation()
        let migration = try await StoreOpening.with(location, logger: ServerLog.logger) { store in
            try await store.migrate()
        }
        print(migration.from == migration.to
            ? "The schema of \(location) is up to date (version \(migration.to))."
            : "Migrated the schema of \(location) from version \(migration.from) to \(migration.to).")
    }
}
