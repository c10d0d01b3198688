import Foundation
import GRDB
import Synchronization

/// The embedded store: one SQLite file in WAL mode; a busy database is waited for, not an error.
///
/// The reads every request makes (a session with its account and MFA records) are one statement
/// each, run synchronously on the calling thread with a cached statement, on read-only connections of
/// their own taken in turn: they take microseconds, less than hopping to a reader queue and back, or
/// than the reader pool's bookkeeping. The writes of requests are committed in groups (`GroupCommit`).
public final class SQLiteStore: Sendable {
    let database: DatabasePool
    let path: String
    private let groupCommit: GroupCommit
    private let pointReaders: [DatabaseQueue]
    private let nextPointReader = Atomic<UInt>(0)

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
        groupCommit = GroupCommit(database)
        var readOnly = configuration
        readOnly.readonly = true
        // More connections than threads run requests, so that one is rarely still busy when its turn comes.
        let count = min(16, max(4, 2 * ProcessInfo.processInfo.activeProcessorCount))
        pointReaders = try (0..<count).map { _ in try DatabaseQueue(path: path, configuration: readOnly) }
    }

    /// One statement's read on the calling thread, for the point reads of every request (see
    /// above); outside a transaction, which one statement does not need to see one state.
    func readNow<T>(_ value: (Database) throws -> T) throws -> T {
        let turn = nextPointReader.wrappingAdd(1, ordering: .relaxed).oldValue
        return try pointReaders[Int(turn % UInt(pointReaders.count))].unsafeRead(value)
    }

    /// A write of a request, committed with the writes that arrive beside it (see `GroupCommit`).
    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await groupCommit.write(updates)
    }
}
