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

/// Replaces the session of a remember token (`$1`) at `$2`: the old session goes, its token is
/// retired, and the replacement and the audit event go in, all or (when another request rotated
/// first) none. A row when it did.
struct RotateSession: PostgresPreparedStatement {
    static let sql = """
        WITH old AS (DELETE FROM sessions WHERE remember_hash = $1 RETURNING family_id, user_id),
        retired AS (INSERT INTO retired_remembers (\(RetiredRemember.columns)) SELECT $1, family_id, user_id, $2 FROM old),
        opened AS (INSERT INTO sessions (\(SessionRecord.columns)) SELECT \(SessionRecord.placeholders(from: 3)) FROM old),
        audited AS (
            INSERT INTO audit_events (\(AuditEvent.columns))
            SELECT \(AuditEvent.placeholders(from: 3 + SessionRecord.columnNames.count)) FROM old)
        SELECT 1 FROM old
        """
    let rememberHash: String
    let time: Date
    let replacement: SessionRecord
    let audit: AuditEvent

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 2 + SessionRecord.columnNames.count + AuditEvent.columnNames.count)
        bindings.append(rememberHash)
        bindings.append(time)
        try replacement.bind(to: &bindings)
        try audit.bind(to: &bindings)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

/// Ends a sign-in flow (`$1`) with the session it opens and its audit event, or (when another
/// request completed it first) does nothing. A row when it did.
struct CompleteFlow: PostgresPreparedStatement {
    static let sql = """
        WITH done AS (DELETE FROM sign_in_flows WHERE id_hash = $1 RETURNING 1),
        opened AS (INSERT INTO sessions (\(SessionRecord.columns)) SELECT \(SessionRecord.placeholders(from: 2)) FROM done),
        audited AS (
            INSERT INTO audit_events (\(AuditEvent.columns))
            SELECT \(AuditEvent.placeholders(from: 2 + SessionRecord.columnNames.count)) FROM done)
        SELECT 1 FROM done
        """
    let idHash: String
    let session: SessionRecord
    let audit: AuditEvent

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1 + SessionRecord.columnNames.count + AuditEvent.columnNames.count)
        bindings.append(idHash)
        try session.bind(to: &bindings)
        try audit.bind(to: &bindings)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
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
