import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode; a busy database is waited for, not an error.
///
/// The reads every request makes (a session with its account, the MFA status) are one statement
/// each, run synchronously on the calling thread with a cached statement: they take microseconds,
/// less than hopping to a reader queue and back would. Writes go to GRDB's writer queue.
public final class SQLiteStore: Sendable {
    let database: DatabasePool
    let path: String

    /// Opens (and creates) the database at `path`; `migrate()` brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if !FileManager.default.fileExists(atPath: path) {
            // Password hashes live here: readable by the server's user only.
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            else { throw StoreError.cannotCreate(path: path) }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        database = try DatabasePool(path: path, configuration: configuration)
    }

    /// One statement's read on the calling thread, for the point reads of every request (see
    /// above); outside a transaction, which one statement does not need to see one state.
    func readNow<T>(_ value: (Database) throws -> T) throws -> T {
        try database.unsafeRead(value)
    }
}
