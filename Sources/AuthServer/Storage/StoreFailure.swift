import GRDB
import PostgresNIO

/// How an error failed the store, for `/metrics`: `unavailable` (no connection after the retries),
/// `failed` (the database refused or broke a step); nil for an error that is not the store's.
enum StoreFailure {
    static func kind(of error: any Error) -> String? {
        switch error {
        case StoreError.unavailable: "unavailable"
        case is DatabaseError, is PSQLError: "failed"
        default: nil
        }
    }
}
