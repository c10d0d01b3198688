import Foundation
import PostgresNIO

// The statements every request, resume and sign-in makes, prepared once by each connection:
// PostgreSQL parses and plans them once per connection instead of on every request.

/// A session by a digest of one of its tokens (`Digest`), with its account (columns prefixed `u_`)
/// and its MFA records, in one query: a row for each method (see `PostgresMFARecords`).
struct SessionAccountByDigest<Digest: SessionTokenDigest>: PostgresPreparedStatement {
    static var sql: String {
        """
        SELECT \(SessionRecord.columnsOfS), \(UserRecord.columnsOfU), \(PostgresMFARecords.columns(of: "s.user_id"))
        FROM sessions s JOIN users u ON u.id = s.user_id \(PostgresMFARecords.join("s.user_id", where: "s.\(Digest.column) = $1"))
        """
    }
    let hash: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(hash)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

extension SessionAccount {
    /// The session of the rows of a `SessionAccountByDigest`; nil when there are none.
    init?(_ rows: [PostgresRow]) throws {
        guard let first = rows.first else { return nil }
        self.init(session: try SessionRecord(first), user: try UserRecord(first, prefix: "u_"), mfa: try PostgresMFARecords.read(rows))
    }
}

/// The column of `sessions` that keeps the digest of one of its tokens.
protocol SessionTokenDigest { static var column: String { get } }

enum AccessTokenDigest: SessionTokenDigest { static let column = "token_hash" }

enum RememberTokenDigest: SessionTokenDigest { static let column = "remember_hash" }

/// A statement that ends something (`ended`, a CTE returning a row when it did) and then opens a
/// session and writes its audit event, all or (when another request ended it first) nothing: one
/// round trip. A row when it did. The values of `ended` come first (`$1` …), then the session's
/// and the audit event's.
protocol SessionOpening: PostgresPreparedStatement where Row == PostgresRow {
    /// How many values `leadingSQL` binds.
    static var leadingCount: Int { get }
    /// `ended AS (…)`, and any further CTEs on `ended`, before the session's.
    static var leadingSQL: String { get }
    var session: SessionRecord { get }
    var audit: AuditEvent { get }
    func bindLeading(to bindings: inout PostgresBindings)
}

extension SessionOpening {
    /// The statement, for each type's `static let sql` (PostgresNIO reads `sql` on every run).
    static func openingSQL() -> String {
        let sessionFrom = leadingCount + 1, auditFrom = sessionFrom + SessionRecord.columnNames.count
        return """
            WITH \(leadingSQL),
            opened AS (INSERT INTO sessions (\(SessionRecord.columns)) SELECT \(SessionRecord.placeholders(from: sessionFrom)) FROM ended),
            audited AS (INSERT INTO audit_events (\(AuditEvent.columns)) SELECT \(AuditEvent.placeholders(from: auditFrom)) FROM ended)
            SELECT 1 FROM ended
            """
    }

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(
            capacity: Self.leadingCount + SessionRecord.columnNames.count + AuditEvent.columnNames.count)
        bindLeading(to: &bindings)
        try session.bind(to: &bindings)
        try audit.bind(to: &bindings)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

/// Replaces the session of a remember token: the old session goes and its token is retired.
struct RotateSession: SessionOpening {
    static let sql = openingSQL()
    static let leadingCount = 2
    static let leadingSQL = """
        ended AS (DELETE FROM sessions WHERE remember_hash = $1 RETURNING family_id, user_id),
        retired AS (INSERT INTO retired_remembers (\(RetiredRemember.columns)) SELECT $1, family_id, user_id, $2 FROM ended)
        """
    let rememberHash: String
    let time: Date
    let session: SessionRecord
    let audit: AuditEvent

    func bindLeading(to bindings: inout PostgresBindings) {
        bindings.append(rememberHash)
        bindings.append(time)
    }
}

/// Ends a sign-in flow with the session it opens.
struct CompleteFlow: SessionOpening {
    static let sql = openingSQL()
    static let leadingCount = 1
    static let leadingSQL = "ended AS (DELETE FROM sign_in_flows WHERE id_hash = $1 RETURNING 1)"
    let idHash: String
    let session: SessionRecord
    let audit: AuditEvent

    func bindLeading(to bindings: inout PostgresBindings) { bindings.append(idHash) }
}

/// The MFA records of an account.
struct MFARecordsOfAccount: PostgresPreparedStatement {
    static let sql = """
        SELECT \(PostgresMFARecords.columns(of: "account.user_id")) FROM (SELECT $1::text AS user_id) AS account
        \(PostgresMFARecords.join("account.user_id", where: "true"))
        """
    let userID: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(userID)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

/// The MFA records of an account in a statement of PostgreSQL.
enum PostgresMFARecords {
    /// The select list of the MFA records of the account whose id is `userID` (a column): the
    /// columns of a method (prefixed `m_`), then the account's count of recovery codes.
    static func columns(of userID: String) -> String {
        MethodRecord.columnsOfM + ", (SELECT count(*) FROM recovery_codes r WHERE r.user_id = \(userID)) AS recovery_codes"
    }

    /// Joins the methods of the account whose id is `userID`, oldest first: a row for each method, or
    /// one row of no method (nulls) when it has none. Ends the statement, whose `ORDER BY` it brings.
    static func join(_ userID: String, where condition: String) -> String {
        "LEFT JOIN methods m ON m.user_id = \(userID) WHERE \(condition) ORDER BY m.created_at, m.id"
    }

    /// The records of the rows of `columns(of:)`.
    static func read(_ rows: [PostgresRow]) throws -> MFARecords {
        var records = MFARecords(methods: [], recoveryCodes: 0)
        for row in rows {
            let cells = row.makeRandomAccess()
            records.recoveryCodes = try cells["recovery_codes"].decode(Int.self)
            if try cells["m_id"].decode(String?.self) != nil { records.methods.append(try MethodRecord(cells, prefix: "m_")) }
        }
        return records
    }
}
