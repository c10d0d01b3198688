import Foundation
import GRDB

extension SQLiteStore: ExpiryStore {
    public func deleteExpired(at now: Date, rememberUsedBefore: Date) async throws -> Int {
        try await database.write { db in
            let expiresAt = Column("expiresAt")
            let sessions = try SessionRecord
                .filter(expiresAt < now)
                .filter(Column("rememberHash") == nil || Column("lastSeenAt") < rememberUsedBefore)
                .deleteAll(db)
            return try sessions
                + SignInFlowRecord.filter(expiresAt < now).deleteAll(db)
                + SetupRecord.filter(expiresAt < now).deleteAll(db)
                + OneTimeCodeRecord.filter(expiresAt < now).deleteAll(db)
        }
    }
}
