import AuthModel
import GRDB

// The records as rows of the SQLite tables of `SQLiteMigrations`.

// The records that every request reads decode their rows by hand, and those that every sign-in and
// resume writes encode theirs by hand: faster than through Decodable and Encodable.

extension UserRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "user"

    public init(row: Row) throws {
        try self.init(row: row, prefix: "")
    }

    /// A record from the columns of `prefixedColumns`, each named with `prefix` first.
    init(row: Row, prefix: String) throws {
        guard let language = Language(rawValue: row[prefix + "language"]) else {
            throw DatabaseError(message: "unknown language \(String(describing: row[prefix + "language"] as String?))")
        }
        self.init(
            id: row[prefix + "id"], email: row[prefix + "email"], displayName: row[prefix + "displayName"],
            passwordHash: row[prefix + "passwordHash"], createdAt: row[prefix + "createdAt"],
            passwordChangedAt: row[prefix + "passwordChangedAt"], mfaEnabled: row[prefix + "mfaEnabled"],
            language: language)
    }

    /// The columns of `user` named `u_COLUMN`, for a join with a table of the same column names.
    static let prefixedColumns = [
        "id", "email", "displayName", "passwordHash", "createdAt", "passwordChangedAt", "mfaEnabled", "language",
    ].map { "user.\($0) AS u_\($0)" }.joined(separator: ", ")
}

extension SessionRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "session"

    public init(row: Row) throws {
        self.init(
            id: row["id"], userID: row["userID"], familyID: row["familyID"], tokenHash: row["tokenHash"],
            rememberHash: row["rememberHash"], createdAt: row["createdAt"], lastSeenAt: row["lastSeenAt"],
            expiresAt: row["expiresAt"], authenticatedAt: row["authenticatedAt"], clientAddress: row["clientAddress"],
            userAgent: row["userAgent"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["userID"] = userID
        container["familyID"] = familyID
        container["tokenHash"] = tokenHash
        container["rememberHash"] = rememberHash
        container["createdAt"] = createdAt
        container["lastSeenAt"] = lastSeenAt
        container["expiresAt"] = expiresAt
        container["authenticatedAt"] = authenticatedAt
        container["clientAddress"] = clientAddress
        container["userAgent"] = userAgent
    }
}

extension SignInFlowRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "signInFlow"
}

extension MethodRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "method"

    public init(row: Row) throws {
        guard let kind = MethodKind(rawValue: row["kind"]) else {
            throw DatabaseError(message: "unknown method kind \(String(describing: row["kind"] as String?))")
        }
        self.init(
            id: row["id"], userID: row["userID"], kind: kind, label: row["label"], sealedSecret: row["sealedSecret"],
            destination: row["destination"], createdAt: row["createdAt"], lastUsedAt: row["lastUsedAt"],
            lastCounter: row["lastCounter"])
    }
}

extension SetupRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "setup"
}

extension OneTimeCodeRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "oneTimeCode"
}

extension AuditEvent: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "auditEvent"

    public func encode(to container: inout PersistenceContainer) {
        container["time"] = time
        container["kind"] = kind.rawValue
        container["userID"] = userID
        container["email"] = email
        container["clientAddress"] = clientAddress
        container["detail"] = detail
    }
}

extension ThrottleRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "throttle"
}

extension RetiredRemember: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "retiredRemember"

    public func encode(to container: inout PersistenceContainer) {
        container["hash"] = hash
        container["familyID"] = familyID
        container["userID"] = userID
        container["retiredAt"] = retiredAt
    }
}

extension RecoveryCodeRow: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "recoveryCode"
}
