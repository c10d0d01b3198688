import AuthTermDemo
import Foundation
import Glibc
import TestSupport
import Testing

@testable import AuthTerm

/// The README's promise, for real: the release client in a terminal, the real server on loopback.
/// One at a time: each runs a server and a terminal.
@Suite(.serialized) struct EndToEndTests {
    @Test(arguments: Deployment.allCases)
    func signsInWithAPasswordAndOut(deployment: Deployment) async throws {
        let world = try await EndToEnd(deployment)
        let terminal = try world.client()
        try EndToEnd.signIn(terminal)
        let home = try terminal.waitFor("Welcome, Ada Lovelace.")
        #expect(home.contains("AL  Ada Lovelace"), "the avatar in the lower-left corner")
        try terminal.press("F2", until: "─ Avatar Menu ─")
        try terminal.press("s", until: "You have signed out.")
        try terminal.keys("C-c")
        let (status, modes) = try terminal.terminalModesAfterExit()
        #expect(status == "0")
        #expect(modes.contains("echo") && modes.contains("icanon"))
    }

    @Test func signsInWithAVerificationCode() async throws {
        let world = try await EndToEnd()
        let secret = try await world.enableAuthenticator()
        let terminal = try world.client()
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Enter the 6-digit code from your authenticator app")
        try terminal.type("000000")
        try terminal.waitFor("That code is not correct.")
        // The next step's code: the enrollment used this step's, and each code works once.
        try terminal.type(AuthenticatorApp.code(secret, offset: 30))
        let home = try terminal.waitFor("Welcome, Ada Lovelace.")
        #expect(home.contains("Multifactor authentication: enabled, 1 method"))
    }

    @Test func wrongPasswordsLeadToTheLockoutMessage() async throws {
        let world = try await EndToEnd(settings: ["lockout_threshold=3"])
        let terminal = try world.client()
        try EndToEnd.signIn(terminal, password: "not-the-password-1")
        try terminal.waitFor("The e-mail address or password is incorrect.")
        try Self.submitPassword("not-the-password-2", terminal)
        try terminal.waitFor("The e-mail address or password is incorrect.")
        try Self.submitPassword("not-the-password-3", terminal)
        let locked = try terminal.waitForWords("Too many failed attempts: the account is locked for now. Try again in")
        #expect(!locked.contains("incorrect"))
        try Self.submitPassword(EndToEnd.password, terminal)
        let still = try terminal.waitForWords("Too many failed attempts: the account is locked for now.")
        #expect(!still.contains("Welcome"), "the right password does not open a locked account")
    }

    /// Types `password` into the empty field, sends it, and waits for the answer: the field is
    /// emptied again after every refusal.
    private static func submitPassword(_ password: String, _ terminal: TmuxSession) throws {
        try terminal.type(password)
        try terminal.waitFor(String(repeating: "•", count: password.count))
        try terminal.keys("Enter")
        try terminal.waitForScreen { !$0.contains("•") && !$0.contains("Signing in…") }
    }

    @Test func aRememberedSessionResumesUntil14DaysWithoutAccess() async throws {
        let world = try await EndToEnd()
        let first = try world.client()
        try EndToEnd.signIn(first, remember: true)
        try first.waitFor("Welcome, Ada Lovelace.")
        try first.keys("C-c")
        _ = try first.terminalModesAfterExit()

        let second = try world.client()
        try second.waitFor("Welcome, Ada Lovelace.")
        try second.keys("C-c")
        _ = try second.terminalModesAfterExit()

        // Fifteen days without access, as the server's database sees it.
        let sqlite = try MissingTool.require("sqlite3", package: "sqlite3")
        let aged = try Command.run(sqlite, [try #require(world.server).database,
            "UPDATE session SET lastSeenAt = datetime('now', '-15 days') WHERE rememberHash IS NOT NULL; SELECT changes();"])
        #expect(aged.output.trimmingCharacters(in: .whitespacesAndNewlines) != "0")
        let third = try world.client()
        let screen = try third.waitFor("Please sign in again.")
        #expect(screen.contains("E-mail address"))
    }

    @Test func forgotPasswordThroughTheOutbox() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client()
        try terminal.waitFor("E-mail address")
        try terminal.type(EndToEnd.email)
        try terminal.keys("Enter")
        try world.resetPasswordAndSignIn(terminal, to: "a-brand-new-passphrase-77")
        try terminal.waitFor("Welcome, Ada Lovelace.")
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalLeavesTheTerminalSane(_ signal: Int32) async throws {
        let world = try await EndToEnd()
        let terminal = try world.client()
        try terminal.waitFor("E-mail address")
        try terminal.signalChild(signal)
        let (status, modes) = try terminal.terminalModesAfterExit()
        #expect(status == String(128 + signal))
        #expect(modes.contains("echo") && modes.contains("icanon"), "terminal modes: \(modes)")
        #expect(!modes.contains("-echo") && !modes.contains("-icanon"))
    }

    @Test func withoutAServerItSaysHowToGiveOne() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client([])
        let screen = try terminal.waitFor("EXIT=")
        #expect(screen.contains("AUTHTERM_SERVER"))
        #expect(screen.contains("--server"))
        #expect(screen.contains("EXIT=1"))
    }

    @Test func demoStartsSignsInAndCleansUp() async throws {
        let world = try await EndToEnd()
        let (terminal, temporary) = try world.demo()
        let signIn = try terminal.waitFor("Demo account: \(DemoServer.email)")
        #expect(signIn.contains("DEMO"))
        try terminal.press("Enter", until: "Forgot Password?")
        try terminal.type(DemoServer.password)
        try terminal.press("Enter", until: "Welcome, \(DemoServer.displayName).")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).contains { $0.hasPrefix("authterm-local-") })
        try terminal.press("F3", until: "Mailbox")
        try terminal.keys("Escape", "C-c")
        let (status, _) = try terminal.terminalModesAfterExit()
        #expect(status == "0")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "the demo removed its temporary data")
    }
}
