import GRDB

/// The schema of the SQLite store, one migration a version.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "user") { t in
                t.primaryKey("id", .text)
                t.column("email", .text).notNull().unique()
                t.column("displayName", .text).notNull()
                t.column("passwordHash", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("passwordChangedAt", .datetime)
                t.column("mfaEnabled", .boolean).notNull()
            }
            try db.create(table: "session") { t in
                t.primaryKey("id", .text)
                t.column("userID", .text).notNull().indexed().references("user", onDelete: .cascade)
                t.column("tokenHash", .text).notNull().unique()
                t.column("rememberHash", .text).unique()
                t.column("createdAt", .datetime).notNull()
                t.column("lastSeenAt", .datetime).notNull()
                t.column("expiresAt", .datetime).notNull()
                t.column("authenticatedAt", .datetime)
                t.column("clientAddress", .text)
                t.column("userAgent", .text)
            }
            try db.create(table: "signInFlow") { t in
                t.primaryKey("idHash", .text)
                t.column("email", .text).notNull()
                t.column("userID", .text).references("user", onDelete: .cascade)
                t.column("stage", .text).notNull()
                t.column("remember", .boolean).notNull()
                t.column("expiresAt", .datetime).notNull().indexed()
            }
            try db.create(table: "method") { t in
                methodColumns(t)
                t.column("createdAt", .datetime).notNull()
                t.column("lastUsedAt", .datetime)
                t.column("lastCounter", .integer)
            }
            try db.create(table: "setup") { t in
                methodColumns(t)
                t.column("codeHash", .text)
                t.column("expiresAt", .datetime).notNull()
            }
            try db.create(table: "oneTimeCode") { t in
                t.column("purpose", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("codeHash", .text).notNull()
                t.column("expiresAt", .datetime).notNull()
                t.column("failedAttempts", .integer).notNull()
                t.primaryKey(["purpose", "subject"])
            }
            try db.create(table: "recoveryCode") { t in
                t.column("userID", .text).notNull().references("user", onDelete: .cascade)
                t.column("codeHash", .text).notNull()
                t.primaryKey(["userID", "codeHash"])
            }
            try db.create(table: "auditEvent") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("time", .datetime).notNull()
                t.column("kind", .text).notNull()
                t.column("userID", .text).indexed()
                t.column("email", .text)
                t.column("clientAddress", .text)
                t.column("detail", .text)
            }
            try db.create(table: "throttle") { t in
                t.primaryKey("key", .text)
                t.column("count", .integer).notNull()
                t.column("windowStart", .datetime).notNull()
                t.column("lockedUntil", .datetime)
                t.column("lockouts", .integer).notNull()
            }
        }
        migrator.registerMigration("v2") { db in
            // Remember-token families: a replayed rotated token ends every session of its family.
            try db.alter(table: "session") { t in t.add(column: "familyID", .text).notNull().defaults(to: "") }
            try db.execute(sql: "UPDATE session SET familyID = id")
            try db.create(index: "session_familyID", on: "session", columns: ["familyID"])
            try db.create(table: "retiredRemember") { t in
                t.primaryKey("hash", .text)
                t.column("familyID", .text).notNull()
                t.column("userID", .text).notNull().references("user", onDelete: .cascade)
                t.column("retiredAt", .datetime).notNull().indexed()
            }
            // Attempts reserved before they are judged.
            try db.alter(table: "signInFlow") { t in t.add(column: "codeAttempts", .integer).notNull().defaults(to: 0) }
            try db.alter(table: "setup") { t in t.add(column: "attempts", .integer).notNull().defaults(to: 0) }
            try db.alter(table: "throttle") { t in
                t.add(column: "updatedAt", .datetime).notNull().defaults(to: "1970-01-01 00:00:00.000")
            }
            try db.execute(sql: "UPDATE throttle SET updatedAt = windowStart")
            try db.create(index: "auditEvent_time", on: "auditEvent", columns: ["time"])
            try db.create(table: "metadata") { t in
                t.primaryKey("name", .text)
                t.column("value", .text).notNull()
            }
            // Recovery codes are kept with a keyed hash from now on; plain digests cannot be
            // converted without the codes, so they go and their owners make new ones.
            try db.execute(sql: "DELETE FROM recoveryCode")
        }
        migrator.registerMigration("v3") { db in
            // The language of each account's mail; accounts from before it was asked get English.
            try db.alter(table: "user") { t in t.add(column: "language", .text).notNull().defaults(to: "en") }
        }
        return migrator
    }

    /// The columns a method and a pending setup share.
    private static func methodColumns(_ t: TableDefinition) {
        t.primaryKey("id", .text)
        t.column("userID", .text).notNull().indexed().references("user", onDelete: .cascade)
        t.column("kind", .text).notNull()
        t.column("label", .text).notNull()
        t.column("sealedSecret", .blob).notNull()
        t.column("destination", .text)
    }
}
