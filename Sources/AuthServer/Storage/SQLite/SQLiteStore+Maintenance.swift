import Foundation
import GRDB

extension SQLiteStore: MaintenanceStore {
    public func migrate() async throws -> SchemaMigration {
        let migrator = SQLiteMigrations.migrator
        let known = migrator.migrations.count
        // One process at a time (a command started while `serve` starts, say): an exclusive lock on a
        // file beside the database, held while the migrations run.
        let lock = try FileLock(path: path + ".migrate-lock")
        defer { lock.release() }
        let applied = try await database.read { db in try migrator.appliedIdentifiers(db).count }
        guard try await !database.read({ db in try migrator.hasBeenSuperseded(db) }) else {
            throw StoreError.schemaTooNew(version: applied, known: known)
        }
        try migrator.migrate(database)
        return SchemaMigration(from: applied, to: known)
    }

    public func ping() async throws {
        _ = try await database.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func contents() async throws -> StoreContents {
        try await database.read { db in
            var contents = StoreContents()
            contents.users = try UserRecord.fetchAll(db)
            contents.sessions = try SessionRecord.fetchAll(db)
            contents.retiredRemembers = try RetiredRemember.fetchAll(db)
            contents.flows = try SignInFlowRecord.fetchAll(db)
            contents.methods = try MethodRecord.fetchAll(db)
            contents.setups = try SetupRecord.fetchAll(db)
            contents.codes = try OneTimeCodeRecord.fetchAll(db)
            contents.recoveryCodes = try RecoveryCodeRow.fetchAll(db)
            contents.audit = try AuditEvent.order(Column("seq")).fetchAll(db)
            contents.throttles = try ThrottleRecord.fetchAll(db)
            contents.metadata = Dictionary(
                try Row.fetchAll(db, sql: "SELECT name, value FROM metadata").map { ($0["name"], $0["value"]) },
                uniquingKeysWith: { first, _ in first })
            return contents
        }
    }

    public func load(_ contents: StoreContents) async throws {
        try await database.write { db in
            guard try UserRecord.fetchCount(db) == 0 else { throw StoreError.notEmpty }
            for user in contents.users { try user.insert(db) }
            for session in contents.sessions { try session.insert(db) }
            for retired in contents.retiredRemembers { try retired.insert(db) }
            for flow in contents.flows { try flow.insert(db) }
            for method in contents.methods { try method.insert(db) }
            for setup in contents.setups { try setup.insert(db) }
            for code in contents.codes { try code.insert(db) }
            for code in contents.recoveryCodes { try code.insert(db) }
            for event in contents.audit { try event.insert(db) }
            for throttle in contents.throttles { try throttle.upsert(db) }
            for (name, value) in contents.metadata {
                try db.execute(sql: "INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)", arguments: [name, value])
            }
        }
    }
}
