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
    init(row: some PositionalColumns, from first: Int) throws
}

extension SQLiteColumnsInOrder {
    /// `table.a, table.b, …`: the select list of a statement that reads the record at some position.
    static var qualifiedColumns: String {
        sqliteColumnNames.map { "\(databaseTableName).\($0)" }.joined(separator: ", ")
    }

    static var selection: [any SQLSelectable] { sqliteColumnNames.map { Column($0) } }

    /// `SELECT table.a, table.b, … FROM table WHERE condition`: a statement for `fetchFirst`.
    static func selectSQL(where condition: String) -> String {
        "SELECT \(qualifiedColumns) FROM \(databaseTableName) WHERE \(condition)"
    }

    /// The record of the first row of `sql` (cached) with `arguments`, if there is one.
    static func fetchFirst(_ db: Database, sql: String, arguments: StatementArguments) throws -> Self? {
        try StatementRows.read(db.cachedStatement(sql: sql), arguments: arguments) { rows in
            try rows.next() ? Self(row: rows, from: 0) : nil
        }
    }
}

/// A record that the writes of every sign-in and resume insert: with one cached statement of its
/// columns and its values in their order, rather than through GRDB's persistence for each row. Its
/// `encode(to:)` gives GRDB the same columns and values.
protocol SQLiteInsertable: TableRecord {
    static var sqliteColumnNames: [String] { get }
    /// `insertStatement()` (or `insertStatement(replacing: true)`), kept.
    static var insertSQL: String { get }
    /// The values of `sqliteColumnNames`, in their order.
    var sqliteValues: [(any DatabaseValueConvertible)?] { get }
}

extension SQLiteInsertable {
    /// The insert of a row; `replacing` the row of the same primary key, if there is one.
    static func insertStatement(replacing: Bool = false) -> String {
        let placeholders = Array(repeating: "?", count: sqliteColumnNames.count).joined(separator: ", ")
        return "INSERT \(replacing ? "OR REPLACE " : "")INTO \(databaseTableName) (\(sqliteColumnNames.joined(separator: ", "))) "
            + "VALUES (\(placeholders))"
    }

    func insertRow(_ db: Database) throws {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(sqliteValues))
    }

    func encodeValues(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.sqliteColumnNames, sqliteValues) { container[column] = value }
    }
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

    init(row: some PositionalColumns, from first: Int) throws {
        self.init(
            id: try row.value(at: first), email: try row.value(at: first + 1), displayName: try row.value(at: first + 2),
            passwordHash: try row.value(at: first + 3), createdAt: try row.date(at: first + 4),
            passwordChangedAt: try row.optionalDate(at: first + 5), mfaEnabled: try row.value(at: first + 6),
            language: try row.named(at: first + 7))
    }
}

extension SessionRecord: FetchableRecord, PersistableRecord, SQLiteColumnsInOrder, SQLiteInsertable {
    public static let databaseTableName = "session"
    static let sqliteColumnNames = [
        "id", "userID", "familyID", "tokenHash", "rememberHash", "createdAt", "lastSeenAt", "expiresAt",
        "authenticatedAt", "clientAddress", "userAgent",
    ]
    public static var databaseSelection: [any SQLSelectable] { selection }

    public init(row: Row) throws {
        try self.init(row: row, from: 0)
    }

    init(row: some PositionalColumns, from first: Int) throws {
        self.init(
            id: try row.value(at: first), userID: try row.value(at: first + 1), familyID: try row.value(at: first + 2),
            tokenHash: try row.value(at: first + 3), rememberHash: try row.value(at: first + 4),
            createdAt: try row.date(at: first + 5), lastSeenAt: try row.date(at: first + 6),
            expiresAt: try row.date(at: first + 7), authenticatedAt: try row.optionalDate(at: first + 8),
            clientAddress: try row.value(at: first + 9), userAgent: try row.value(at: first + 10))
    }

    var sqliteValues: [(any DatabaseValueConvertible)?] {
        [id, userID, familyID, tokenHash, rememberHash, createdAt.sqliteText, lastSeenAt.sqliteText, expiresAt.sqliteText,
         authenticatedAt?.sqliteText, clientAddress, userAgent]
    }

    static let insertSQL = insertStatement()

    public func encode(to container: inout PersistenceContainer) {
        encodeValues(to: &container)
    }
}

extension SignInFlowRecord: FetchableRecord, PersistableRecord, SQLiteColumnsInOrder, SQLiteInsertable {
    public static let databaseTableName = "signInFlow"
    static let sqliteColumnNames = ["idHash", "email", "userID", "stage", "remember", "expiresAt", "codeAttempts"]
    public static var databaseSelection: [any SQLSelectable] { selection }
    static let insertSQL = insertStatement()

    public init(row: Row) throws {
        try self.init(row: row, from: 0)
    }

    init(row: some PositionalColumns, from first: Int) throws {
        self.init(
            idHash: try row.value(at: first), email: try row.value(at: first + 1), userID: try row.value(at: first + 2),
            stage: try row.named(at: first + 3), remember: try row.value(at: first + 4), expiresAt: try row.date(at: first + 5),
            codeAttempts: try row.value(at: first + 6))
    }

    var sqliteValues: [(any DatabaseValueConvertible)?] {
        [idHash, email, userID, stage.rawValue, remember, expiresAt.sqliteText, codeAttempts]
    }

    public func encode(to container: inout PersistenceContainer) {
        encodeValues(to: &container)
    }
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

    init(row: some PositionalColumns, from first: Int) throws {
        self.init(
            id: try row.value(at: first), userID: try row.value(at: first + 1), kind: try row.named(at: first + 2),
            label: try row.value(at: first + 3), sealedSecret: try row.value(at: first + 4), destination: try row.value(at: first + 5),
            createdAt: try row.date(at: first + 6), lastUsedAt: try row.optionalDate(at: first + 7),
            lastCounter: try row.value(at: first + 8))
    }
}

extension SetupRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "setup"
}

extension OneTimeCodeRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "oneTimeCode"
}

extension AuditEvent: FetchableRecord, PersistableRecord, SQLiteInsertable {
    public static let databaseTableName = "auditEvent"
    static let sqliteColumnNames = ["time", "kind", "userID", "email", "clientAddress", "detail"]
    static let insertSQL = insertStatement()

    var sqliteValues: [(any DatabaseValueConvertible)?] { [time.sqliteText, kind.rawValue, userID, email, clientAddress, detail] }

    public func encode(to container: inout PersistenceContainer) {
        encodeValues(to: &container)
    }
}

extension ThrottleRecord: FetchableRecord, PersistableRecord, SQLiteColumnsInOrder, SQLiteInsertable {
    public static let databaseTableName = "throttle"
    static let sqliteColumnNames = ["key", "count", "windowStart", "lockedUntil", "lockouts", "updatedAt"]
    public static var databaseSelection: [any SQLSelectable] { selection }
    /// A change of a key's counters writes its whole row.
    static let insertSQL = insertStatement(replacing: true)

    public init(row: Row) throws {
        try self.init(row: row, from: 0)
    }

    init(row: some PositionalColumns, from first: Int) throws {
        self.init(
            key: try row.value(at: first), count: try row.value(at: first + 1), windowStart: try row.date(at: first + 2),
            lockedUntil: try row.optionalDate(at: first + 3), lockouts: try row.value(at: first + 4))
        updatedAt = try row.date(at: first + 5)
    }

    var sqliteValues: [(any DatabaseValueConvertible)?] {
        [key, count, windowStart.sqliteText, lockedUntil?.sqliteText, lockouts, updatedAt.sqliteText]
    }

    public func encode(to container: inout PersistenceContainer) {
        encodeValues(to: &container)
    }
}

extension RetiredRemember: FetchableRecord, PersistableRecord, SQLiteInsertable {
    public static let databaseTableName = "retiredRemember"
    static let sqliteColumnNames = ["hash", "familyID", "userID", "retiredAt"]
    static let insertSQL = insertStatement()

    var sqliteValues: [(any DatabaseValueConvertible)?] { [hash, familyID, userID, retiredAt.sqliteText] }

    public func encode(to container: inout PersistenceContainer) {
        encodeValues(to: &container)
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

    /// The records from the rows of `columns(of:)` at position `first`, the first of them current.
    static func read(_ rows: StatementRows, from first: Int) throws -> MFARecords {
        var records = MFARecords(methods: [], recoveryCodes: try rows.value(at: first + MethodRecord.sqliteColumnNames.count))
        repeat {
            guard !rows.isNull(at: first) else { break }
            records.methods.append(try MethodRecord(row: rows, from: first))
        } while try rows.next()
        return records
    }
}
