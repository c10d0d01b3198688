import AuthClient
import AuthModel
import AuthTermDemo
import Foundation
import Glibc
import TestSupport
import Testing

@testable import AuthTerm

/// Where the client of an end-to-end test signs in.
enum Deployment: CaseIterable, Sendable, CustomTestStringConvertible {
    /// One `authterm-server` on SQLite.
    case oneServer
    /// Two on one PostgreSQL database behind nginx (`ReplicatedServers`).
    case twoServersBehindNginx

    var testDescription: String { self == .oneServer ? "one server" : "two servers behind nginx" }
}

/// The release `authterm` in a real terminal (tmux) against a real `authterm-server` on loopback,
/// with its own home folder so no remembered session or config of the user's is touched.
final class EndToEnd {
    static let email = "ada@example.com"
    static let password = "violet-harbor-lantern-47"

    /// The one server of a `.oneServer` deployment.
    let server: LocalServer?
    private let replicated: ReplicatedServers?
    /// Where the client goes.
    let url: String
    /// Where the servers write mail and SMS.
    let outbox: String
    let home: URL

    /// A deployment with one account (`email`, `password`, named Ada Lovelace); one server is
    /// the debug build's unless `serverExecutable` says which.
    init(_ deployment: Deployment = .oneServer, settings: [String] = [], serverExecutable: URL? = nil) async throws {
        switch deployment {
        case .oneServer:
            let executable = try serverExecutable ?? BuiltProducts.debug("authterm-server")
            let server = try await LocalServer(serverExecutable: executable.path, settings: settings)
            try server.addUser(email: Self.email, password: Self.password, name: "Ada Lovelace")
            (self.server, replicated, url, outbox) = (server, nil, server.url, server.outbox)
        case .twoServersBehindNginx:
            let replicated = try await ReplicatedServers()
            try replicated.addUser(email: Self.email, password: Self.password, name: "Ada Lovelace")
            (server, self.replicated, url, outbox) = (nil, replicated, replicated.url, replicated.outbox)
        }
        home = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit {
        server?.stop()
        try? FileManager.default.removeItem(at: home)
    }

    /// Starts `authterm ARGUMENTS` (default: against this server) in a tmux pane of 100x40, or
    /// `size`, with `environment` added (LANG is C.UTF-8 unless it says otherwise) and tmux's
    /// `tmuxOptions` set. NO_COLOR is not passed on from the test runner (which may set it): the
    /// colors are the test's to choose.
    func client(
        _ arguments: [String]? = nil, program: URL? = nil, size: (width: Int, height: Int) = (100, 40),
        environment extra: [String: String] = [:], tmuxOptions: [String: String] = [:]
    ) throws -> TmuxSession {
        let command = try commandLine(arguments, program: program, environment: extra)
        return try TmuxSession(
            width: size.width, height: size.height, options: tmuxOptions, command: command + "; " + TmuxSession.reportTerminalModes)
    }

    /// The shell line that runs the client as `client` does.
    func commandLine(_ arguments: [String]? = nil, program: URL? = nil, environment extra: [String: String] = [:]) throws
        -> String
    {
        let binary = try program ?? BuiltProducts.release("authterm")
        let words = [binary.path] + (arguments ?? ["--server", url])
        let variables = ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state", "XDG_CONFIG_HOME": home.path + "/config",
                         "LANG": "C.UTF-8"].merging(extra) { $1 }
        let environment = variables.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        return "env -u NO_COLOR \(environment) " + words.map { "'\($0)'" }.joined(separator: " ")
    }

    /// Runs SQL on the server's database (sqlite3), as time passing would change it; what it printed.
    @discardableResult
    func sql(_ statement: String) throws -> String {
        let sqlite = try MissingTool.require("sqlite3", package: "sqlite3")
        return try Command.run(sqlite, [try require(server, "one server on SQLite").database, statement]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The remember token in the remembered-session file of this server, if any.
    func rememberedToken() -> String? {
        let store = RememberedSessionStore(environment: ["XDG_STATE_HOME": home.path + "/state", "HOME": home.path])
        guard case .found(let remembered) = store.read(server: url) else { return nil }
        return remembered.rememberToken
    }

    /// Registers the phone `phone` for the account through the API, with the code texted to it,
    /// and enables MFA: the account's only method is that phone.
    func enablePhone(_ phone: String) async throws {
        let client = try apiClient()
        let flow = try await client.send(client.api.startSignIn(email: Self.email)).flow
        let progress = try await client.send(client.api.submitPassword(flow: flow, password: Self.password, remember: false))
        let token = try require(progress.session?.token, "session")
        let texts = try textMessages().count
        let setup = try await client.send(client.api.startPhoneSetup(phone: phone, label: "Phone", sessionToken: token))
        let code = try newTextMessageCode(after: texts)
        _ = try await client.send(client.api.verifyPhoneSetup(setup: setup.setup, code: code, sessionToken: token))
        _ = try await client.send(client.api.enableMfa(sessionToken: token))
    }

    /// The text messages of the outbox, oldest first (none before the outbox folder exists).
    func textMessages() throws -> [String] {
        guard FileManager.default.fileExists(atPath: outbox) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: outbox).filter { $0.hasSuffix(".sms") }.sorted()
            .map { try String(contentsOfFile: outbox + "/" + $0, encoding: .utf8) }
    }

    /// The code of the first text message after the first `count` ones, once it is there (up to 10 s).
    func newTextMessageCode(after count: Int) throws -> String {
        for _ in 0..<100 {
            let texts = try textMessages()
            if texts.count > count, let code = texts[count].firstMatch(of: /code is ([0-9]+)\./)?.1 { return String(code) }
            usleep(100_000)
        }
        throw Command.Failed("no new text message with a code in the outbox")
    }

    /// Types the e-mail address and the password on the two sign-in screens.
    static func signIn(_ terminal: TmuxSession, password: String = password, remember: Bool = false) throws {
        try terminal.waitFor("E-mail address")
        try terminal.type(email)
        try terminal.press("Enter", until: "Forgot Password?")
        try terminal.type(password)
        if remember {
            try terminal.press("Tab", "Tab", "Space", until: "[x] Automatically sign in next time")
        }
        try terminal.keys("Enter")
    }

    /// F2 > Account Settings > Multifactor Authentication, by their keys.
    static func openMFA(_ terminal: TmuxSession) throws {
        try terminal.press("F2", until: " Avatar Menu ")
        try terminal.press("a", until: "Display name:")
        try terminal.press("m", until: "Status: ")
    }

    /// From the password screen: Forgot Password?, the code from the outbox, `newPassword` typed
    /// twice, and a sign-in with it.
    func resetPasswordAndSignIn(_ terminal: TmuxSession, to newPassword: String) throws {
        try terminal.waitFor("Forgot Password?")
        try terminal.press("Tab", "Enter", until: "Forgot password")
        try terminal.press("Enter", until: "If the address is registered, we sent a code to it.")
        let mail = try newestMail(containing: "reset code")
        let code = try require(mail.firstMatch(of: /code is ([0-9-]+)\./)?.1, "a code in the mail")
        try terminal.type(String(code))
        try terminal.keys("Tab")
        try terminal.type(newPassword)
        try terminal.keys("Tab")
        try terminal.type(newPassword)
        try terminal.press("Enter", until: "Your password was changed.")
        try terminal.press("Enter", until: "Forgot Password?")
        try terminal.type(newPassword)
        try terminal.keys("Enter")
    }

    /// An API client of the server, for preparing accounts as another device would.
    func apiClient() throws -> AuthClient {
        try AuthClient(server: url)
    }

    /// Enrolls an authenticator for the account through the API and enables MFA; returns its secret.
    func enableAuthenticator() async throws -> String {
        try await Self.enableAuthenticator(through: apiClient()).secret
    }

    /// Enrolls an authenticator for an account through `client` and enables MFA.
    static func enableAuthenticator(through client: AuthClient, email: String = email, password: String = password)
        async throws -> (secret: String, method: String)
    {
        let flow = try await client.send(client.api.startSignIn(email: email)).flow
        let progress = try await client.send(client.api.submitPassword(flow: flow, password: password, remember: false))
        let token = try require(progress.session?.token, "session")
        let setup = try await client.send(client.api.startTotpSetup(label: "Pixel", sessionToken: token))
        let code = try AuthenticatorApp.code(setup.secret)
        let method = try await client.send(client.api.verifyTotpSetup(setup: setup.setup, code: code, sessionToken: token))
        _ = try await client.send(client.api.enableMfa(sessionToken: token))
        return (setup.secret, method.method.id)
    }

    /// The newest mail of the outbox that mentions `text`, once there is one (up to 10 s: the
    /// server sends its notices in the background).
    func newestMail(containing text: String) throws -> String {
        for _ in 0..<100 {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: outbox).sorted(by: >)) ?? []
            for name in names {
                let mail = try String(contentsOfFile: outbox + "/" + name, encoding: .utf8)
                if mail.contains(text) { return mail }
            }
            usleep(100_000)
        }
        throw Command.Failed("no mail in the outbox mentions \(text)")
    }
}

/// `#require` for values outside a test function's macro context.
private func require<T>(_ value: T?, _ what: String = "value") throws -> T {
    guard let value else { throw Command.Failed("missing \(what)") }
    return value
}
