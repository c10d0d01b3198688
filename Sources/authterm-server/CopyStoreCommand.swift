import ArgumentParser
import Foundation
import AuthServer
import Logging

struct CopyStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy-store",
        abstract: "Copy every account, method, session and audit event into an empty database, and check the counts.",
        discussion: """
            Moves a SQLite installation up to PostgreSQL: stop the server, copy, then start it on the new database with \
            the same secrets key file (the methods' secrets stay sealed with it).
            """)

    @Option(help: ArgumentHelp("The database to copy from: a SQLite file or a URL.", valueName: "path-or-url"))
    var from: String

    @Option(help: ArgumentHelp("The empty database to copy into: postgres://USER@HOST:PORT/DB or a SQLite file.",
                               valueName: "path-or-url"))
    var to: String

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let configuration = try options.configuration()
        func location(_ text: String) throws -> DatabaseLocation {
            try DatabaseLocation.parse(
                text, passwordFile: configuration.databasePasswordFile,
                environment: ProcessInfo.processInfo.environment)
        }
        let (source, destination) = (try location(from), try location(to))
        let logger = ServerLog.logger
        let counts = try await StoreOpening.with(source, logger: logger) { source in
            _ = try await source.migrate()
            let contents = try await source.contents()
            return try await StoreOpening.with(destination, logger: logger) { destination in
                _ = try await destination.migrate()
                try await destination.load(contents)
                let copied = try await destination.contents().counts
                guard copied == contents.counts else {
                    throw ValidationError("The copy holds \(copied) rows where the source holds \(contents.counts).")
                }
                return copied
            }
        }
        print("Copied \(source) into \(destination):")
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
            print("  \(name): \(count)")
        }
    }
}
