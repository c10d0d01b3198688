import Foundation
import GRDB

extension SQLiteStore: ExpiryStore {
    public func deleteExpired(_ cutoffs: ExpiryCutoffs) async throws -> Int {
        try await database.write { db in
            let expiresAt = Column("expiresAt")
            let sessions = try SessionRecord
                .filter(expiresAt < cutoffs.now)
                .filter(
                    Column("rememberHash") == nil || Column("lastSeenAt") < cutoffs.rememberUsedBefore
                        || Column("createdAt") < cutoffs.rememberCreatedBefore)
                .deleteAll(db)
            try db.execute(
                sql: "DELETE FROM retiredRemember WHERE retiredAt < ?", arguments: [cutoffs.rememberCreatedBefore])
            let retired = db.changesCount
            try db.execute(
                sql: "DELETE FROM throttle WHERE updatedAt < ? AND (lockedUntil IS NULL OR lockedUntil < ?)",
                arguments: [cutoffs.throttleChangedBefore, cutoffs.now])
            let throttles = db.changesCount
            var audit = 0
            if let auditBefore = cutoffs.auditBefore {
                try db.execute(sql: "DELETE FROM auditEvent WHERE time < ?", arguments: [auditBefore])
                audit = db.changesCount
            }
            return try sessions + retired + throttles + audit
                + SignInFlowRecord.filter(expiresAt < cutoffs.now).deleteAll(db)
                + SetupRecord.filter(expiresAt < cutoffs.now).deleteAll(db)
                + OneTimeCodeRecord.filter(expiresAt < cutoffs.now).deleteAll(db)
        }
    }
}
