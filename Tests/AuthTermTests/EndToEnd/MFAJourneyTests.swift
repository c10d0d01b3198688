import Foundation
import TestSupport
import Testing

/// Avatar Menu > Account Settings > Multifactor Authentication, the whole way with the keyboard:
/// the release client in tmux, the real server, the QR code read from the screen with zbarimg and
/// the codes computed by oathtool, as a phone would.
@Suite struct MFAJourneyTests {
    @Test(arguments: Deployment.allCases)
    func enrollActivateSignInRemoveAndResetToTheForcedSetup(deployment: Deployment) async throws {
        let world = try await EndToEnd(deployment)
        let terminal = try world.client()
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Multifactor authentication: not set up")
        try EndToEnd.openMFA(terminal)
        try terminal.waitFor("Status: Not set up")

        // The first authenticator, with a wrong code first.
        try terminal.press("s", until: "1. Install an authenticator app")
        let first = try Self.enroll(terminal, wrongCodeFirst: true)
        let activation = try terminal.waitFor("MFA Confirmation and Activation")
        #expect(activation.contains("it cannot be disabled"))
        #expect(activation.contains("We recommend adding a second method first"))

        // Add another method: a second authenticator, then activate.
        try terminal.press("Enter", until: "Status: Methods registered, MFA not enabled yet")
        try terminal.press("s", until: "Authenticator app 2")
        let second = try Self.enroll(terminal)
        #expect(second != first)
        let activateNow = try terminal.waitFor("MFA Confirmation and Activation")
        #expect(activateNow.contains("You have another method registered too"))
        // Enabled: it offers to sign out the sessions that came in without a code.
        try terminal.press("Enter", until: "Sign out other sessions?")
        try terminal.press("y", until: "The other sessions were signed out.")
        try Self.finishEnrollment(terminal)
        let enabled = try terminal.waitFor("Status: Enabled (it cannot be disabled)")
        #expect(enabled.contains("Authenticator app 2"))

        // Sign out, and in again with a code of the first app (its next step: each code works once).
        try Self.signOut(terminal)
        try terminal.press("Enter", until: "Forgot Password?")
        try terminal.type(EndToEnd.password)
        try terminal.press("Enter", until: "Enter the 6-digit code from your authenticator app")
        try terminal.type(AuthenticatorApp.code(first, offset: 30))
        try terminal.waitFor("Multifactor authentication: enabled, 2 methods")

        // Remove one method; the last one stays.
        try EndToEnd.openMFA(terminal)
        try terminal.waitFor("Status: Enabled")
        try terminal.press("d", until: "Remove \"Authenticator app\"?")
        let removed = try terminal.press("y", until: "The method was removed.")
        #expect(removed.firstMatch(of: /│ [> ] Authenticator app +│/) == nil, "the first app is gone")
        #expect(removed.contains("> Authenticator app 2"))
        try terminal.press("d", until: "Remove \"Authenticator app 2\"?")
        try terminal.press("y", until: "You cannot remove your last verification method")

        // Forgot Password clears the methods; MFA stays on, so the next sign-in sets one up first.
        try Self.signOut(terminal)
        try terminal.keys("Enter")
        try world.resetPasswordAndSignIn(terminal, to: "a-brand-new-passphrase-77")
        let forced = try terminal.waitFor("Your account uses multifactor authentication")
        #expect(forced.contains("Esc sign out"))
        #expect(!forced.contains("Welcome"))
        _ = try Self.enroll(terminal)
        try Self.finishEnrollment(terminal)
        try terminal.waitFor("Multifactor authentication: enabled, 1 method")
    }

    private static func signOut(_ terminal: TmuxSession) throws {
        try terminal.press("F2", until: "─ Avatar Menu ─")
        try terminal.press("s", until: "You have signed out.")
    }

    /// From the wizard's first step: the registration code scanned off the screen, then the app's
    /// code and Verify. Returns the secret.
    private static func enroll(_ terminal: TmuxSession, wrongCodeFirst: Bool = false) throws -> String {
        try terminal.keys("Enter")
        let secret = try AuthenticatorApp.scan(terminal, account: EndToEnd.email)
        try terminal.press("Enter", until: "3. Enter the 6-digit code")
        if wrongCodeFirst {
            try terminal.type("000000")
            try terminal.press("Enter", until: "That code is not correct.")
        }
        try terminal.type(AuthenticatorApp.code(secret))
        try terminal.keys("Enter")
        return secret
    }

    /// The last step once MFA is on: past the offer of recovery codes, with Done.
    private static func finishEnrollment(_ terminal: TmuxSession) throws {
        try terminal.waitFor("[ Recovery codes ] [ Done ]")
        try terminal.keys("Tab", "Enter")
    }
}
