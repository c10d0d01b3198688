import Foundation

/// Where the store lives, from `--database`: a SQLite file (a path, or `sqlite:PATH`) or a PostgreSQL
/// database (`postgres://USER[:PASSWORD]@HOST[:PORT]/DB`, also `postgresql://`, and the Unix-socket
/// form `postgres://USER@/DB?host=/run/postgresql`). Any other URL scheme is an error.
public enum DatabaseLocation: Equatable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// `text` as `--database` or the `database` setting give it. A PostgreSQL password comes from the
    /// URL, else from `passwordFile`, else from `PGPASSWORD`.
    public static func parse(_ text: String, passwordFile: String = "", environment: [String: String] = [:]) throws
        -> DatabaseLocation
    {
        guard let colon = text.firstIndex(of: ":"), isScheme(text[..<colon]) else { return .sqlite(path: text) }
        let scheme = text[..<colon].lowercased()
        switch scheme {
        case "sqlite":
            let path = String(text[text.index(after: colon)...]).replacingOccurrences(of: "^//", with: "", options: .regularExpression)
            guard !path.isEmpty else { throw DatabaseLocationError("sqlite: needs a file path, as in sqlite:/srv/auth/auth.sqlite") }
            return .sqlite(path: path)
        case "postgres", "postgresql":
            return .postgres(try PostgresLocation(url: text, passwordFile: passwordFile, environment: environment))
        default:
            throw DatabaseLocationError(
                "\(scheme): is not a database this server knows; give a file path, sqlite:PATH or postgres://USER@HOST:PORT/DB")
        }
    }

    /// A URL scheme: a letter, then letters, digits, `+`, `-` or `.`.
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// The location without any password, for logs and messages.
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let location): location.description
        }
    }
}

/// A PostgreSQL database and how to reach it.
public struct PostgresLocation: Equatable, Sendable, CustomStringConvertible {
    public enum Endpoint: Equatable, Sendable {
        case tcp(host: String, port: Int)
        case socket(path: String)
    }

    /// TLS to the database: `disable`, `prefer` (the default over TCP) or `require` (verified against the system's CAs).
    public enum TLSMode: String, Equatable, Sendable {
        case disable, prefer, require
    }

    public var endpoint: Endpoint
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    init(url text: String, passwordFile: String, environment: [String: String]) throws {
        guard let url = URLComponents(string: text), text.contains("://") else {
            throw DatabaseLocationError("not a PostgreSQL URL; write postgres://USER@HOST:PORT/DB")
        }
        guard let user = url.user, !user.isEmpty else {
            throw DatabaseLocationError("the PostgreSQL URL names no user; write postgres://USER@HOST:PORT/DB")
        }
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw DatabaseLocationError("the PostgreSQL URL names no database; write postgres://USER@HOST:PORT/DB")
        }
        let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let port = url.port ?? Int(query["port"] ?? "") ?? 5432
        if let folder = query["host"], folder.hasPrefix("/") {
            endpoint = .socket(path: folder + "/.s.PGSQL.\(port)")
        } else if let host = url.host, !host.isEmpty {
            endpoint = .tcp(host: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port: port)
        } else {
            throw DatabaseLocationError(
                "the PostgreSQL URL names no host; write postgres://USER@HOST:PORT/DB, or ?host=/run/postgresql for a socket")
        }
        guard let tls = TLSMode(rawValue: query["sslmode"] ?? "prefer") else {
            throw DatabaseLocationError("sslmode is disable, prefer or require")
        }
        self.tls = tls
        self.user = user
        self.database = database
        password = try url.password ?? Self.password(file: passwordFile) ?? environment["PGPASSWORD"]
    }

    private static func password(file: String) throws -> String? {
        guard !file.isEmpty else { return nil }
        guard let text = FileManager.default.contents(atPath: file).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw DatabaseLocationError("the database password file \(file) cannot be read")
        }
        return text.trimmingCharacters(in: .newlines)
    }

    /// The URL without the password.
    public var description: String {
        switch endpoint {
        case .tcp(let host, let port): "postgres://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
        case .socket(let path): "postgres://\(user)@/\(database)?socket=\(path)"
        }
    }
}

/// `--database` names no database this server can use.
public struct DatabaseLocationError: Error, Equatable, CustomStringConvertible {
    public let description: String

    init(_ problem: String) {
        description = "--database: " + problem
    }
}
