import AuthModel
import Foundation
import NIOCore
import PostgresNIO

// The records as rows of the PostgreSQL tables of `PostgresMigrations`: the columns a query selects,
// a record from such a row, and the statement that inserts one.

extension UserRecord {
    static let columns = "id, email, display_name, password_hash, created_at, password_changed_at, mfa_enabled, language"

    /// `u.COLUMN AS u_COLUMN, …`: the columns of `users AS u` under names that do not clash in a join.
    static let columnsOfU = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .map { "u.\($0) AS u_\($0)" }.joined(separator: ", ")

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

    var insert: PostgresQuery {
        """
        INSERT INTO users (\(unescaped: Self.columns))
        VALUES (\(id), \(email), \(displayName), \(passwordHash), \(createdAt), \(passwordChangedAt), \(mfaEnabled),
                \(language.rawValue))
        """
    }
}

extension SessionRecord {
    static let columns = """
        id, user_id, family_id, token_hash, remember_hash, created_at, last_seen_at, expires_at, authenticated_at,
        client_address, user_agent
        """

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

    var insert: PostgresQuery {
        """
        INSERT INTO sessions (\(unescaped: Self.columns))
        VALUES (\(id), \(userID), \(familyID), \(tokenHash), \(rememberHash), \(createdAt), \(lastSeenAt), \(expiresAt),
                \(authenticatedAt), \(clientAddress), \(userAgent))
        """
    }
}

extension RetiredRemember {
    static let columns = "hash, family_id, user_id, retired_at"

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        self.init(
            hash: try row["hash"].decode(String.self), familyID: try row["family_id"].decode(String.self),
            userID: try row["user_id"].decode(String.self), retiredAt: try row["retired_at"].decode(Date.self))
    }

    var insert: PostgresQuery {
        "INSERT INTO retired_remembers (\(unescaped: Self.columns)) VALUES (\(hash), \(familyID), \(userID), \(retiredAt))"
    }
}

extension SignInFlowRecord {
    static let columns = "id_hash, email, user_id, stage, remember, expires_at, code_attempts"

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        guard let stage = Stage(rawValue: try row["stage"].decode(String.self)) else {
            throw PostgresRecordError(table: "sign_in_flows", column: "stage")
        }
        self.init(
            idHash: try row["id_hash"].decode(String.self), email: try row["email"].decode(String.self),
            userID: try row["user_id"].decode(String?.self), stage: stage, remember: try row["remember"].decode(Bool.self),
            expiresAt: try row["expires_at"].decode(Date.self), codeAttempts: try row["code_attempts"].decode(Int.self))
    }

    var insert: PostgresQuery {
        """
        INSERT INTO sign_in_flows (\(unescaped: Self.columns))
        VALUES (\(idHash), \(email), \(userID), \(stage.rawValue), \(remember), \(expiresAt), \(codeAttempts))
        """
    }
}

extension MethodRecord {
    static let columns = "id, user_id, kind, label, sealed_secret, destination, created_at, last_used_at, last_counter"

    /// `m.COLUMN, …`: the columns of `methods AS m` in a join, under their own names.
    static let columnsOfM = columns.split(separator: ",")
        .map { "m.\($0.trimmingCharacters(in: .whitespacesAndNewlines))" }.joined(separator: ", ")

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        guard let kind = MethodKind(rawValue: try row["kind"].decode(String.self)) else {
            throw PostgresRecordError(table: "methods", column: "kind")
        }
        self.init(
            id: try row["id"].decode(String.self), userID: try row["user_id"].decode(String.self), kind: kind,
            label: try row["label"].decode(String.self), sealedSecret: try row["sealed_secret"].decode(Data.self),
            destination: try row["destination"].decode(String?.self), createdAt: try row["created_at"].decode(Date.self),
            lastUsedAt: try row["last_used_at"].decode(Date?.self), lastCounter: try row["last_counter"].decode(Int64?.self))
    }

    var insert: PostgresQuery {
        """
        INSERT INTO methods (\(unescaped: Self.columns))
        VALUES (\(id), \(userID), \(kind.rawValue), \(label), \(ByteBuffer(bytes: sealedSecret)), \(destination), \(createdAt), \(lastUsedAt),
                \(lastCounter))
        """
    }
}

extension SetupRecord {
    static let columns = "id, user_id, kind, label, sealed_secret, destination, code_hash, expires_at, attempts"

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        guard let kind = MethodKind(rawValue: try row["kind"].decode(String.self)) else {
            throw PostgresRecordError(table: "setups", column: "kind")
        }
        self.init(
            id: try row["id"].decode(String.self), userID: try row["user_id"].decode(String.self), kind: kind,
            label: try row["label"].decode(String.self), sealedSecret: try row["sealed_secret"].decode(Data.self),
            destination: try row["destination"].decode(String?.self), codeHash: try row["code_hash"].decode(String?.self),
            expiresAt: try row["expires_at"].decode(Date.self), attempts: try row["attempts"].decode(Int.self))
    }

    var insert: PostgresQuery {
        """
        INSERT INTO setups (\(unescaped: Self.columns))
        VALUES (\(id), \(userID), \(kind.rawValue), \(label), \(ByteBuffer(bytes: sealedSecret)), \(destination), \(codeHash), \(expiresAt),
                \(attempts))
        """
    }
}

extension OneTimeCodeRecord {
    static let columns = "purpose, subject, code_hash, expires_at, failed_attempts"

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        guard let purpose = Purpose(rawValue: try row["purpose"].decode(String.self)) else {
            throw PostgresRecordError(table: "one_time_codes", column: "purpose")
        }
        self.init(
            purpose: purpose, subject: try row["subject"].decode(String.self), codeHash: try row["code_hash"].decode(String.self),
            expiresAt: try row["expires_at"].decode(Date.self), failedAttempts: try row["failed_attempts"].decode(Int.self))
    }

    var insert: PostgresQuery {
        """
        INSERT INTO one_time_codes (\(unescaped: Self.columns))
        VALUES (\(purpose.rawValue), \(subject), \(codeHash), \(expiresAt), \(failedAttempts))
        """
    }
}

extension RecoveryCodeRow {
    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        self.init(userID: try row["user_id"].decode(String.self), codeHash: try row["code_hash"].decode(String.self))
    }
}

extension AuditEvent {
    static let columns = "time, kind, user_id, email, client_address, detail"

    init(_ row: PostgresRow) throws {
        let row = row.makeRandomAccess()
        guard let kind = Kind(rawValue: try row["kind"].decode(String.self)) else {
            throw PostgresRecordError(table: "audit_events", column: "kind")
        }
        self.init(
            time: try row["time"].decode(Date.self), kind: kind, userID: try row["user_id"].decode(String?.self),
            email: try row["email"].decode(String?.self), clientAddress: try row["client_address"].decode(String?.self),
            detail: try row["detail"].decode(String?.self))
    }

    var insert: PostgresQuery {
        """
        INSERT INTO audit_events (\(unescaped: Self.columns))
        VALUES (\(time), \(kind.rawValue), \(userID), \(email), \(clientAddress), \(detail))
        """
    }
}

extension ThrottleRecord {
    static let columns = "key, count, window_start, locked_until, lockouts, updated_at"

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
        """
        INSERT INTO throttles (\(unescaped: Self.columns))
        VALUES (\(key), \(count), \(windowStart), \(lockedUntil), \(lockouts), \(updatedAt))
        ON CONFLICT (key) DO UPDATE SET count = EXCLUDED.count, window_start = EXCLUDED.window_start,
            locked_until = EXCLUDED.locked_until, lockouts = EXCLUDED.lockouts, updated_at = EXCLUDED.updated_at
        """
    }
}

/// A row holds a value the server does not know (a newer server wrote it, or a hand edit).
struct PostgresRecordError: Error, CustomStringConvertible {
    let table: String
    let column: String
    var description: String { "The database holds an unknown value in \(table).\(column)." }
}
