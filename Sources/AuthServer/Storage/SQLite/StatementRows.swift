import Foundation
import GRDB
import GRDBSQLite

/// Columns read by position, from a GRDB `Row` or straight from a running statement.
protocol PositionalColumns {
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(at index: Int) throws -> Value
    /// A date column, or nil when it is null.
    func optionalDate(at index: Int) throws -> Date?
}

extension PositionalColumns {
    /// A column of the names of an enumeration (a stage, a kind, a language).
    func named<Name: RawRepresentable>(at index: Int) throws -> Name where Name.RawValue == String {
        let name: String = try value(at: index)
        guard let value = Name(rawValue: name) else {
            throw DatabaseError(message: "column \(index): unknown \(Name.self) \(name)")
        }
        return value
    }

    func date(at index: Int) throws -> Date {
        guard let date = try optionalDate(at: index) else {
            throw DatabaseError(message: "column \(index) is null, not a date")
        }
        return date
    }
}

extension Row: PositionalColumns {
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(at index: Int) throws -> Value {
        try decode(Value.self, atIndex: index)
    }

    func optionalDate(at index: Int) throws -> Date? { try value(at: index) }
}

/// The rows of a cached statement of the reads every request makes, read in place from SQLite: what
/// `Row` reads, without the index of column names a `Row` builds each time a statement runs.
struct StatementRows: PositionalColumns {
    private let statement: Statement

    /// Runs `statement` with `arguments` for `read`, which steps through its rows with `next()`; the
    /// statement is reset afterwards, so that it holds no read transaction open.
    static func read<T>(_ statement: Statement, arguments: StatementArguments, _ read: (StatementRows) throws -> T)
        throws -> T
    {
        try statement.setArguments(arguments)
        defer { sqlite3_reset(statement.sqliteStatement) }
        return try read(StatementRows(statement: statement))
    }

    /// Moves to the next row; false after the last.
    func next() throws -> Bool {
        switch sqlite3_step(statement.sqliteStatement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(statement.sqliteStatement)))
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(at index: Int) throws -> Value {
        guard let value = Value.fromStatement(statement.sqliteStatement, atUncheckedIndex: CInt(index)) else {
            throw DatabaseError(message: "column \(index) of “\(statement.sql)” is not a \(Value.self)")
        }
        return value
    }

    /// Reads GRDB's date text with `SQLiteDateText`, and leaves anything else to GRDB.
    func optionalDate(at index: Int) throws -> Date? {
        let sqliteStatement = statement.sqliteStatement, column = CInt(index)
        if sqlite3_column_type(sqliteStatement, column) == SQLITE_TEXT, let text = sqlite3_column_text(sqliteStatement, column) {
            let length = Int(sqlite3_column_bytes(sqliteStatement, column))
            if let date = SQLiteDateText.date(UnsafeBufferPointer(start: text, count: length)) { return date }
        }
        return try value(at: index)
    }

    func isNull(at index: Int) -> Bool {
        sqlite3_column_type(statement.sqliteStatement, CInt(index)) == SQLITE_NULL
    }
}
