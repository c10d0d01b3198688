import Logging
import PostgresNIO

/// The schema of the PostgreSQL store, one migration a version, forward only. `schema_migrations`
/// records the versions applied; the server refuses a database with a version it does not know.
enum PostgresMigrations {
    /// The statements of each version, in order.
    static let versions: [[PostgresQuery]] = [
        [
            """
            CREATE TABLE users (
                id text PRIMARY KEY, email text NOT NULL UNIQUE, display_name text NOT NULL,
                password_hash text NOT NULL, created_at timestamptz NOT NULL, password_changed_at timestamptz,
                mfa_enabled boolean NOT NULL)
            """,
            """
            CREATE TABLE sessions (
                id text PRIMARY KEY, user_id text NOT NULL REFERENCES users ON DELETE CASCADE,
                family_id text NOT NULL, token_hash text NOT NULL UNIQUE, remember_hash text UNIQUE,
                created_at timestamptz NOT NULL, last_seen_at timestamptz NOT NULL, expires_at timestamptz NOT NULL,
                authenticated_at timestamptz, client_address text, user_agent text)
            """,
            "CREATE INDEX sessions_user_id ON sessions (user_id)",
            "CREATE INDEX sessions_family_id ON sessions (family_id)",
            """
            CREATE TABLE retired_remembers (
                hash text PRIMARY KEY, family_id text NOT NULL,
                user_id text NOT NULL REFERENCES users ON DELETE CASCADE, retired_at timestamptz NOT NULL)
            """,
            "CREATE INDEX retired_remembers_retired_at ON retired_remembers (retired_at)",
            """
            CREATE TABLE sign_in_flows (
                id_hash text PRIMARY KEY, email text NOT NULL, user_id text REFERENCES users ON DELETE CASCADE,
                stage text NOT NULL, remember boolean NOT NULL, expires_at timestamptz NOT NULL,
                code_attempts bigint NOT NULL DEFAULT 0)
            """,
            "CREATE INDEX sign_in_flows_expires_at ON sign_in_flows (expires_at)",
            """
            CREATE TABLE methods (
                id text PRIMARY KEY, user_id text NOT NULL REFERENCES users ON DELETE CASCADE, kind text NOT NULL,
                label text NOT NULL, sealed_secret bytea NOT NULL, destination text, created_at timestamptz NOT NULL,
                last_used_at timestamptz, last_counter bigint)
            """,
            "CREATE INDEX methods_user_id ON methods (user_id)",
            """
            CREATE TABLE setups (
                id text PRIMARY KEY, user_id text NOT NULL REFERENCES users ON DELETE CASCADE, kind text NOT NULL,
                label text NOT NULL, sealed_secret bytea NOT NULL, destination text, code_hash text,
                expires_at timestamptz NOT NULL, attempts bigint NOT NULL DEFAULT 0)
            """,
            "CREATE INDEX setups_user_id ON setups (user_id)",
            """
            CREATE TABLE one_time_codes (
                purpose text NOT NULL, subject text NOT NULL, code_hash text NOT NULL, expires_at timestamptz NOT NULL,
                failed_attempts bigint NOT NULL, PRIMARY KEY (purpose, subject))
            """,
            """
            CREATE TABLE recovery_codes (
                user_id text NOT NULL REFERENCES users ON DELETE CASCADE, code_hash text NOT NULL,
                PRIMARY KEY (user_id, code_hash))
            """,
            """
            CREATE TABLE audit_events (
                seq bigserial PRIMARY KEY, time timestamptz NOT NULL, kind text NOT NULL, user_id text, email text,
                client_address text, detail text)
            """,
            "CREATE INDEX audit_events_user_id ON audit_events (user_id)",
            "CREATE INDEX audit_events_time ON audit_events (time)",
            """
            CREATE TABLE throttles (
                key text PRIMARY KEY, count bigint NOT NULL, window_start timestamptz NOT NULL, locked_until timestamptz,
                lockouts bigint NOT NULL, updated_at timestamptz NOT NULL)
            """,
            "CREATE TABLE metadata (name text PRIMARY KEY, value text NOT NULL)",
        ],
        [
            // The language of each account's mail; accounts from before it was asked get English.
            "ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'en'",
        ],
    ]

    /// A key of the advisory lock that instances starting together take in turn.
    static let lockKey = 0x6175_7468_7465_726d  // "authterm"

    /// Applies the versions a database lacks, under the advisory lock, each in a transaction.
    static func migrate(_ connection: PostgresConnection, logger: Logger) async throws -> SchemaMigration {
        try await connection.query("SELECT pg_advisory_lock(\(lockKey))", logger: logger)
        do {
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, applied_at timestamptz NOT NULL)",
                logger: logger)
            let current = try await connection.rows("SELECT coalesce(max(version), 0) FROM schema_migrations", logger: logger)
                .first?.decode(Int.self) ?? 0
            guard current <= versions.count else {
                throw StoreError.schemaTooNew(version: current, known: versions.count)
            }
            for version in (current + 1)..<(versions.count + 1) {
                try await connection.query("BEGIN", logger: logger)
                do {
                    for statement in versions[version - 1] { try await connection.query(statement, logger: logger) }
                    try await connection.query(
                        "INSERT INTO schema_migrations (version, applied_at) VALUES (\(version), now())", logger: logger)
                    try await connection.query("COMMIT", logger: logger)
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
            try await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
            return SchemaMigration(from: current, to: versions.count)
        } catch {
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
            throw error
        }
    }
}
