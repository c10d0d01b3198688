import GRDB

// The records as rows of the SQLite tables of `SQLiteMigrations`.

extension UserRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "user"
}

extension SessionRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "session"
}

extension SignInFlowRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "signInFlow"
}

extension MethodRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "method"
}

extension SetupRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "setup"
}

extension OneTimeCodeRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "oneTimeCode"
}

extension AuditEvent: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "auditEvent"
}

extension ThrottleRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "throttle"
}

extension RetiredRemember: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "retiredRemember"
}

extension RecoveryCodeRow: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "recoveryCode"
}
