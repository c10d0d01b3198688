import AuthModel
import GRDB

// The records as rows of the SQLite tables of `SQLiteMigrations`.

// The records that every request reads are selected by an explicit list of their columns
// (`SQLiteColumnsInOrder`) and decoded by position, without looking columns up by name; those that every
// sign-in and resume writes encode their rows by hand. Both are faster than Decodable and Encodable.

/// A record whose columns are always selected in the order of `sqliteColumnNames` (its `databaseSelection`
/// too), so that it can be read from the row of a join at the position of its first column.
protocol SQLiteColumnsInOrder: TableRecord {
    static var sqliteColumnNames: [String] { get }
    init(row: Row, from first: Int) throws
}

extension SQLiteColumnsInOrder {
    /// `table.a, table.b, …`: the select list of a statement that reads the record at some position.
    static var qualifiedColumns: String {
        sqliteColumnNames.map { "\(databaseTableName).\($0)" }.joined(separator: ", ")
    }

    static var selection: [any SQLSelectable] { sqliteColumnNames.map { Column($0) } }
}

extension UserRecord: FetchableRecord, PersistableRecord, SQLiteColumnsInOrder {
    public static let databaseTableName = "user"
    static let sqliteColumnNames = [
        "id", "email", "displayName", "passwordHash", "createdAt", "passwordChangedAt", "mfaEnabled", "language",
    ]
    public static var databaseSelection: [any SQLSelectable] { selection }

    public init(row: Row) throws {
        try self.init(row: row, from: 0)
    }

    init(row: Row, from first: Int) throws {
        let code: String = row[first + 7]
        guard let language = Language(rawValue: code) else { throw DatabaseError(message: "unknown language \(code)") }
        self.init(
            id: row[first], email: row[first + 1], displayName: row[first + 2], passwordHash: row[first + 3],
            createdAt: row[first + 4], passwordChangedAt: row[first + 5], mfaEnabled: row[first + 6], language: language)
    }
}

extension SessionRecord: FetchableRecord, PersistableRecord, SQLiteColumnsInOrder {
    public static let databaseTableName = "session"
    static let sqliteColumnNames = [
        "id", "userID", "familyID", "tokenHash", "rememberHash", "createdAt", "lastSeenAt", "expiresAt",
        "authenticatedAt", "clientAddress", "userAgent",
    ]
    public static var databaseSelection: [any SQLSelectable] { selection }

    public init(row: Row) throws {
        try self.init(row: row, from: 0)
    }

    init(row: Row, from first: Int) throws {
        self.init(
            id: row[first], userID: row[first + 1], familyID: row[first + 2], tokenHash: row[first + 3],
            rememberHash: row[first + 4], createdAt: row[first + 5], lastSeenAt: row[first + 6], expiresAt: row[first + 7],
            authenticatedAt: row[first + 8], clientAddress: row[first + 9], userAgent: row[first + 10])
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

extension MethodRecord: FetchableRecord, PersistableRecord, SQLiteColumnsInOrder {
    public static let databaseTableName = "method"
    static let sqliteColumnNames = [
        "id", "userID", "kind", "label", "sealedSecret", "destination", "createdAt", "lastUsedAt", "lastCounter",
    ]
    public static var databaseSelection: [any SQLSelectable] { selection }

    public init(row: Row) throws {
        try self.init(row: row, from: 0)
    }

    init(row: Row, from first: Int) throws {
        let name: String = row[first + 2]
        guard let kind = MethodKind(rawValue: name) else { throw DatabaseError(message: "unknown method kind \(name)") }
        self.init(
            id: row[first], userID: row[first + 1], kind: kind, label: row[first + 3], sealedSecret: row[first + 4],
            destination: row[first + 5], createdAt: row[first + 6], lastUsedAt: row[first + 7], lastCounter: row[first + 8])
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

/// The MFA records of an account in a statement of SQLite.
enum SQLiteMFARecords {
    /// The select list of the MFA records of the account whose id is `userID` (a column): the
    /// columns of a method, then the account's count of recovery codes.
    static func columns(of userID: String) -> String {
        MethodRecord.qualifiedColumns + ", (SELECT COUNT(*) FROM recoveryCode WHERE recoveryCode.userID = \(userID))"
    }

    /// Joins the methods of the account whose id is `userID`, oldest first: a row for each method, or
    /// one row of no method (nulls) when it has none. Ends the statement, whose `ORDER BY` it brings.
    static func join(_ userID: String, where condition: String) -> String {
        "LEFT JOIN method ON method.userID = \(userID) WHERE \(condition) ORDER BY method.createdAt, method.id"
    }

    /// The records from the rows of `columns(of:)` at position `first`: `row`, then the rest of `rows`.
    static func read(_ row: Row, then rows: RowCursor, from first: Int) throws -> MFARecords {
        var records = MFARecords(methods: [], recoveryCodes: row[first + MethodRecord.sqliteColumnNames.count])
        var next: Row? = row
        while let method = next, !method.hasNull(atIndex: first) {
            records.methods.append(try MethodRecord(row: method, from: first))
            next = try rows.next()
        }
        return records
    }
}
