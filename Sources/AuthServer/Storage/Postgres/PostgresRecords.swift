import AuthModel
import Foundation
import NIOCore
import PostgresNIO

// The records as rows of the PostgreSQL tables of `PostgresMigrations`: each record's columns, its
// values in that order, and a record from a row that has those columns.

/// A record as a row of its table.
protocol PostgresRecord {
    static var table: String { get }
    static var columnNames: [String] { get }
    /// Appends the record's values, in the order of `columnNames`.
    func bind(to bindings: inout PostgresBindings) throws
}

extension PostgresRecord {
    /// `a, b, …`: the columns, for a select list or an insert.
    static var columns: String { columnNames.joined(separator: ", ") }

    /// `$first, $first+1, …`: the placeholders of the record's values, when they are bound from `first` on.
    static func placeholders(from first: Int) -> String {
        (first..<first + columnNames.count).map { "$\($0)" }.joined(separator: ", ")
    }

    /// Inserts the record.
    var insert: PostgresQuery {
        get throws {
            var bindings = PostgresBindings(capacity: Self.columnNames.count)
            try bind(to: &bindings)
            return PostgresQuery(
                unsafeSQL: "INSERT INTO \(Self.table) (\(Self.columns)) VALUES (\(Self.placeholders(from: 1)))", binds: bindings)
        }
    }
}

extension UserRecord: PostgresRecord {
    static let table = "users"
    static let columnNames = [
        "id", "email", "display_name", "password_hash", "created_at", "password_changed_at", "mfa_enabled", "language",
    ]

    /// `u.COLUMN AS u_COLUMN, …`: the columns of `users AS u` under names that do not clash in a join.
    static let columnsOfU = columnNames.map { "u.\($0) AS u_\($0)" }.joined(separator: ", ")

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(id)
        bindings.append(email)
        bindings.append(displayName)
        bindings.append(passwordHash)
        bindings.append(createdAt)
        bindings.append(passwordChangedAt)
        bindings.append(mfaEnabled)
        bindings.append(language.rawValue)
    }

    /// A record from columns named with `prefix` (`u_` for `columnsOfU`).
    init(_ row: PostgresRow, prefix: String = "") throws {
        let row = row.makeRandomAccess()
        guard let language = Language(rawValue: try row[prefix + "language"].decode(String.self)) else {
            throw PostgresRecordError(table: "users", column: "language")
        }
        self.init(
            id: try row[prefix + "id"].decode(String.self), email: try row[prefix + "email"].decode(String.self),
            displayName: try row[prefix + "display_name"].decode(String.self),
            passwordHash: try row[prefix + "password_hash"].decode(String.self),
            createdAt: try row[prefix + "created_at"].decode(Date.self),
            passwordChangedAt: try row[prefix + "password_changed_at"].decode(Date?.self),
            mfaEnabled: try row[prefix + "mfa_enabled"].decode(Bool.self), language: language)
    }
}

extension SessionRecord: PostgresRecord {
    static let table = "sessions"
    static let columnNames = [
        "id", "user_id", "family_id", "token_hash", "remember_hash", "created_at", "last_seen_at", "expires_at",
        "authenticated_at", "client_address", "user_agent",
    ]

    /// `s.COLUMN, …`: the columns of `sessions AS s` in a join, under their own names.
    static let columnsOfS = columnNames.map { "s." + $0 }.joined(separator: ", ")

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(id)
        bindings.append(userID)
        bindings.append(familyID)
        bindings.append(tokenHash)
        bindings.append(rememberHash)
        bindings.append(createdAt)
        bindings.append(lastSeenAt)
        bindings.append(expiresAt)
        bindings.append(authenticatedAt)
        bindings.append(clientAddress)
        bindings.append(userAgent)
    }

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        self.init(
            id: try row["id"].decode(String.self), userID: try row["user_id"].decode(String.self),
            familyID: try row["family_id"].decode(String.self), tokenHash: try row["token_hash"].decode(String.self),
            rememberHash: try row["remember_hash"].decode(String?.self), createdAt: try row["created_at"].decode(Date.self),
            lastSeenAt: try row["last_seen_at"].decode(Date.self), expiresAt: try row["expires_at"].decode(Date.self),
            authenticatedAt: try row["authenticated_at"].decode(Date?.self),
            clientAddress: try row["client_address"].decode(String?.self),
            userAgent: try row["user_agent"].decode(String?.self))
    }
}

extension RetiredRemember: PostgresRecord {
    static let table = "retired_remembers"
    static let columnNames = ["hash", "family_id", "user_id", "retired_at"]

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(hash)
        bindings.append(familyID)
        bindings.append(userID)
        bindings.append(retiredAt)
    }

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        self.init(
            hash: try row["hash"].decode(String.self), familyID: try row["family_id"].decode(String.self),
            userID: try row["user_id"].decode(String.self), retiredAt: try row["retired_at"].decode(Date.self))
    }
}

extension SignInFlowRecord: PostgresRecord {
    static let table = "sign_in_flows"
    static let columnNames = ["id_hash", "email", "user_id", "stage", "remember", "expires_at", "code_attempts"]

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(idHash)
        bindings.append(email)
        bindings.append(userID)
        bindings.append(stage.rawValue)
        bindings.append(remember)
        bindings.append(expiresAt)
        bindings.append(codeAttempts)
    }

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        guard let stage = Stage(rawValue: try row["stage"].decode(String.self)) else {
            throw PostgresRecordError(table: Self.table, column: "stage")
        }
        self.init(
            idHash: try row["id_hash"].decode(String.self), email: try row["email"].decode(String.self),
            userID: try row["user_id"].decode(String?.self), stage: stage, remember: try row["remember"].decode(Bool.self),
            expiresAt: try row["expires_at"].decode(Date.self), codeAttempts: try row["code_attempts"].decode(Int.self))
    }
}

extension MethodRecord: PostgresRecord {
    static let table = "methods"
    static let columnNames = [
        "id", "user_id", "kind", "label", "sealed_secret", "destination", "created_at", "last_used_at", "last_counter",
    ]

    /// `m.COLUMN AS m_COLUMN, …`: the columns of `methods AS m` under names that do not clash in a join.
    static let columnsOfM = columnNames.map { "m.\($0) AS m_\($0)" }.joined(separator: ", ")

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(id)
        bindings.append(userID)
        bindings.append(kind.rawValue)
        bindings.append(label)
        bindings.append(ByteBuffer(bytes: sealedSecret))
        bindings.append(destination)
        bindings.append(createdAt)
        bindings.append(lastUsedAt)
        bindings.append(lastCounter)
    }

    init(_ row: PostgresRow) throws {
        try self.init(row.makeRandomAccess(), prefix: "")
    }

    /// A record from columns named with `prefix` (`m_` for `columnsOfM`).
    init(_ row: PostgresRandomAccessRow, prefix: String) throws {
        guard let kind = MethodKind(rawValue: try row[prefix + "kind"].decode(String.self)) else {
            throw PostgresRecordError(table: Self.table, column: "kind")
        }
        self.init(
            id: try row[prefix + "id"].decode(String.self), userID: try row[prefix + "user_id"].decode(String.self),
            kind: kind, label: try row[prefix + "label"].decode(String.self),
            sealedSecret: try row[prefix + "sealed_secret"].decode(Data.self),
            destination: try row[prefix + "destination"].decode(String?.self),
            createdAt: try row[prefix + "created_at"].decode(Date.self),
            lastUsedAt: try row[prefix + "last_used_at"].decode(Date?.self),
            lastCounter: try row[prefix + "last_counter"].decode(Int64?.self))
    }
}

extension SetupRecord: PostgresRecord {
    static let table = "setups"
    static let columnNames = [
        "id", "user_id", "kind", "label", "sealed_secret", "destination", "code_hash", "expires_at", "attempts",
    ]

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(id)
        bindings.append(userID)
        bindings.append(kind.rawValue)
        bindings.append(label)
        bindings.append(ByteBuffer(bytes: sealedSecret))
        bindings.append(destination)
        bindings.append(codeHash)
        bindings.append(expiresAt)
        bindings.append(attempts)
    }

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        guard let kind = MethodKind(rawValue: try row["kind"].decode(String.self)) else {
            throw PostgresRecordError(table: Self.table, column: "kind")
        }
        self.init(
            id: try row["id"].decode(String.self), userID: try row["user_id"].decode(String.self), kind: kind,
            label: try row["label"].decode(String.self), sealedSecret: try row["sealed_secret"].decode(Data.self),
            destination: try row["destination"].decode(String?.self), codeHash: try row["code_hash"].decode(String?.self),
            expiresAt: try row["expires_at"].decode(Date.self), attempts: try row["attempts"].decode(Int.self))
    }
}

extension OneTimeCodeRecord: PostgresRecord {
    static let table = "one_time_codes"
    static let columnNames = ["purpose", "subject", "code_hash", "expires_at", "failed_attempts"]

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(purpose.rawValue)
        bindings.append(subject)
        bindings.append(codeHash)
        bindings.append(expiresAt)
        bindings.append(failedAttempts)
    }

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        guard let purpose = Purpose(rawValue: try row["purpose"].decode(String.self)) else {
            throw PostgresRecordError(table: Self.table, column: "purpose")
        }
        self.init(
            purpose: purpose, subject: try row["subject"].decode(String.self), codeHash: try row["code_hash"].decode(String.self),
            expiresAt: try row["expires_at"].decode(Date.self), failedAttempts: try row["failed_attempts"].decode(Int.self))
    }
}

extension RecoveryCodeRow: PostgresRecord {
    static let table = "recovery_codes"
    static let columnNames = ["user_id", "code_hash"]

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(userID)
        bindings.append(codeHash)
    }

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        self.init(userID: try row["user_id"].decode(String.self), codeHash: try row["code_hash"].decode(String.self))
    }
}

extension AuditEvent: PostgresRecord {
    static let table = "audit_events"
    static let columnNames = ["time", "kind", "user_id", "email", "client_address", "detail"]

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(time)
        bindings.append(kind.rawValue)
        bindings.append(userID)
        bindings.append(email)
        bindings.append(clientAddress)
        bindings.append(detail)
    }

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        guard let kind = Kind(rawValue: try row["kind"].decode(String.self)) else {
            throw PostgresRecordError(table: Self.table, column: "kind")
        }
        self.init(
            time: try row["time"].decode(Date.self), kind: kind, userID: try row["user_id"].decode(String?.self),
            email: try row["email"].decode(String?.self), clientAddress: try row["client_address"].decode(String?.self),
            detail: try row["detail"].decode(String?.self))
    }
}

extension ThrottleRecord: PostgresRecord {
    static let table = "throttles"
    static let columnNames = ["key", "count", "window_start", "locked_until", "lockouts", "updated_at"]

    func bind(to bindings: inout PostgresBindings) throws {
        bindings.append(key)
        bindings.append(count)
        bindings.append(windowStart)
        bindings.append(lockedUntil)
        bindings.append(lockouts)
        bindings.append(updatedAt)
    }

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        self.init(
            key: try row["key"].decode(String.self), count: try row["count"].decode(Int.self),
            windowStart: try row["window_start"].decode(Date.self), lockedUntil: try row["locked_until"].decode(Date?.self),
            lockouts: try row["lockouts"].decode(Int.self))
        updatedAt = try row["updated_at"].decode(Date.self)
    }

    /// Inserts the record, or replaces the one of its key.
    var upsert: PostgresQuery {
        get throws {
            var bindings = PostgresBindings(capacity: Self.columnNames.count)
            try bind(to: &bindings)
            return PostgresQuery(
                unsafeSQL: """
                    INSERT INTO throttles (\(Self.columns)) VALUES (\(Self.placeholders(from: 1)))
                    ON CONFLICT (key) DO UPDATE SET count = EXCLUDED.count, window_start = EXCLUDED.window_start,
                        locked_until = EXCLUDED.locked_until, lockouts = EXCLUDED.lockouts, updated_at = EXCLUDED.updated_at
                    """, binds: bindings)
        }
    }
}

/// A row holds a value the server does not know (a newer server wrote it, or a hand edit).
struct PostgresRecordError: Error, CustomStringConvertible {
    let table: String
    let column: String
    var description: String { "The database holds an unknown value in \(table).\(column)." }
}
