import PostgresNIO

// The reads every request makes, as statements each connection prepares once: PostgreSQL parses
// and plans them once per connection instead of on every request.

/// A session by a digest of one of its tokens (`Digest`), with its account and method count.
struct SessionAccountByDigest<Digest: SessionTokenDigest>: PostgresPreparedStatement {
    static var sql: String { SessionAccountQuery.select + " WHERE s.\(Digest.column) = $1" }
    let hash: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(hash)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> SessionAccount { try SessionAccountQuery.decode(row) }
}

/// The column of `sessions` that keeps the digest of one of its tokens.
protocol SessionTokenDigest { static var column: String { get } }

enum AccessTokenDigest: SessionTokenDigest { static let column = "token_hash" }

enum RememberTokenDigest: SessionTokenDigest { static let column = "remember_hash" }

/// A session, its account (columns prefixed `u_`) and the account's method count, in one query.
enum SessionAccountQuery {
    static let select = """
        SELECT \(SessionRecord.columnsOfS),
            \(UserRecord.columnsOfU),
            (SELECT count(*) FROM methods m WHERE m.user_id = s.user_id) AS method_count
        FROM sessions s JOIN users u ON u.id = s.user_id
        """

    static func decode(_ row: PostgresRow) throws -> SessionAccount {
        SessionAccount(
            session: try SessionRecord(row), user: try UserRecord(row, prefix: "u_"),
            methodCount: try row.makeRandomAccess()["method_count"].decode(Int.self))
    }
}

/// The account's methods with its count of recovery codes on every row; a row of no method when it
/// has none.
struct MFAStatusOfAccount: PostgresPreparedStatement {
    static let sql = """
        SELECT \(MethodRecord.columnsOfM),
            (SELECT count(*) FROM recovery_codes WHERE user_id = $1) AS recovery_codes
        FROM (SELECT 1) AS one LEFT JOIN methods m ON m.user_id = $1 ORDER BY m.created_at, m.id
        """
    let userID: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(userID)
        return bindings
    }

    /// The method of the row, if it has one, and the count.
    func decodeRow(_ row: PostgresRow) throws -> (method: MethodRecord?, recoveryCodes: Int) {
        let cells = row.makeRandomAccess()
        let method = try cells["id"].decode(String?.self) == nil ? nil : try MethodRecord(row)
        return (method, try cells["recovery_codes"].decode(Int.self))
    }
}
