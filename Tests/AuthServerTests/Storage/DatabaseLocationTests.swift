import Foundation
import Testing

@testable import AuthServer

@Suite struct DatabaseLocationTests {
    @Test(arguments: [
        ("/srv/auth/auth.sqlite", "/srv/auth/auth.sqlite"), ("data/auth.sqlite", "data/auth.sqlite"),
        ("sqlite:/srv/auth.sqlite", "/srv/auth.sqlite"), ("sqlite:///srv/auth.sqlite", "/srv/auth.sqlite"),
        ("./odd:name.sqlite", "./odd:name.sqlite"),
    ])
    func pathsAndSqliteURLsAreSQLite(text: String, path: String) throws {
        #expect(try DatabaseLocation.parse(text) == .sqlite(path: path))
    }

    @Test func postgresURLsNameHostPortUserAndDatabase() throws {
        let location = try DatabaseLocation.parse("postgresql://auth:s%40cret@db.example.org:6432/authterm?sslmode=require")
        guard case .postgres(let postgres) = location else {
            Issue.record("not PostgreSQL: \(location)")
            return
        }
        #expect(postgres.endpoint == .tcp(host: "db.example.org", port: 6432))
        #expect(postgres.user == "auth")
        #expect(postgres.password == "s@cret")
        #expect(postgres.database == "authterm")
        #expect(postgres.tls == .require)
        #expect(location.description == "postgres://auth@db.example.org:6432/authterm", "no password in logs")
        #expect(!"\(location)".contains("cret"))
    }

    @Test func theSocketFormNamesItsFolder() throws {
        guard case .postgres(let postgres) = try DatabaseLocation.parse("postgres://auth@/authterm?host=/run/postgresql")
        else {
            Issue.record("not PostgreSQL")
            return
        }
        #expect(postgres.endpoint == .socket(path: "/run/postgresql/.s.PGSQL.5432"))
    }

    /// The password comes from the URL, else the password file, else `PGPASSWORD`.
    @Test func thePasswordComesFromTheURLThenTheFileThenTheEnvironment() throws {
        let scratch = try ScratchFolder()
        let file = scratch.path + "/password"
        try "from-file\n".write(toFile: file, atomically: true, encoding: .utf8)
        let environment = ["PGPASSWORD": "from-environment"]
        func password(_ url: String, file: String = "") throws -> String? {
            guard case .postgres(let postgres) = try DatabaseLocation.parse(url, passwordFile: file, environment: environment)
            else { return nil }
            return postgres.password
        }
        #expect(try password("postgres://auth:from-url@db/authterm", file: file) == "from-url")
        #expect(try password("postgres://auth@db/authterm", file: file) == "from-file")
        #expect(try password("postgres://auth@db/authterm") == "from-environment")
        #expect(throws: DatabaseLocationError.self) { try password("postgres://auth@db/authterm", file: scratch.path + "/none") }
    }

    @Test(arguments: [
        ("mysql://auth@db/authterm", "mysql: is not a database"), ("postgres://db/authterm", "names no user"),
        ("postgres://auth@db/", "names no database"), ("postgres://auth@/authterm", "names no host"),
        ("postgres://auth@db/authterm?sslmode=maybe", "sslmode"), ("sqlite:", "needs a file path"),
    ])
    func anythingElseIsAClearError(text: String, says: String) {
        #expect {
            try DatabaseLocation.parse(text)
        } throws: { error in
            "\(error)".hasPrefix("--database: ") && "\(error)".contains(says)
        }
    }
}
