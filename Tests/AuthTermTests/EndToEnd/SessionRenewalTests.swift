import Foundation
import TestSupport
import Testing

/// A client left open: the access session ends after 12 hours, "Automatically sign in" carries on.
extension EndToEndTests {
    @Test func anEndedSessionInARunningClientRenewsItselfWithTheRememberToken() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client()
        try EndToEnd.signIn(terminal, remember: true)
        try terminal.waitFor("Welcome, Ada Lovelace.")
        let token = try #require(world.rememberedToken())

        // Twelve hours on, as the server's database sees it: the access session is over.
        #expect(try world.sql("UPDATE session SET expiresAt = datetime('now', '-1 minute'); SELECT changes();") == "1")
        try EndToEnd.openMFA(terminal)
        let mfa = try terminal.waitFor("Status: Not set up")
        #expect(!mfa.contains("Please sign in again."))
        #expect(world.rememberedToken() != token, "the remember token was used, and rotated")

        // Fifteen days without access: the remember token is over too. Sign in again, the address filled in.
        try world.sql("UPDATE session SET expiresAt = datetime('now', '-1 minute'), lastSeenAt = datetime('now', '-15 days')")
        try terminal.press("Escape", until: "Display name:")
        let signIn = try terminal.press("m", until: "Please sign in again.")
        #expect(signIn.contains("E-mail address"))
        #expect(signIn.contains(EndToEnd.email), "the address is filled in")
        #expect(world.rememberedToken() == nil)
    }
}
