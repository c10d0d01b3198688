import Foundation
import TestSupport
import Testing

extension DoorEndToEnd {
    /// The whole MFA journey through the door, as someone with nothing but a stock ssh would take it:
    /// sign in, Avatar Menu > Account Settings > Multifactor Authentication, Setup with the QR code
    /// read off the screen (zbarimg), Verify with the app's code (oathtool), Activate; then sign out
    /// and in again with a code.
    @Suite struct DoorJourneyTests {
        @Test func enrollAndActivateMFAThroughTheDoor() throws {
            let world = try DoorWorld()
            let terminal = try world.terminal()
            try Self.signIn(terminal)
            try terminal.waitFor("Multifactor authentication: not set up")

            try terminal.press("F2", until: "─ Avatar Menu ─")
            try terminal.press("a", until: "Display name:")
            try terminal.press("m", until: "Status: Not set up")
            try terminal.press("s", until: "1. Install an authenticator app")
            try terminal.keys("Enter")
            let secret = try AuthenticatorApp.scan(terminal, account: DoorWorld.email)
            try terminal.press("Enter", until: "3. Enter the 6-digit code")
            try terminal.type(AuthenticatorApp.code(secret))
            try terminal.press("Enter", until: "MFA Confirmation and Activation")
            try terminal.press("Tab", "Enter", until: "Sign out other sessions?")
            try terminal.press("y", until: "[ Recovery codes ] [ Done ]")
            try terminal.press("Tab", "Enter", until: "Status: Enabled (it cannot be disabled)")

            try terminal.press("F2", until: "─ Avatar Menu ─")
            try terminal.press("s", until: "You have signed out.")
            try terminal.press("Enter", until: "Forgot Password?")
            try terminal.type(DoorWorld.password)
            try terminal.press("Enter", until: "Enter the 6-digit code from your authenticator app")
            // The next step's code: the enrollment used this step's, and each code works once.
            try terminal.type(AuthenticatorApp.code(secret, offset: 30))
            try terminal.waitFor("Multifactor authentication: enabled, 1 method")

            // Quitting the app ends the SSH session with the app's exit status.
            try terminal.keys("C-c")
            let (status, modes) = try terminal.terminalModesAfterExit()
            #expect(status == "0")
            #expect(modes.contains("echo") && modes.contains("icanon"), "the local terminal is restored: \(modes)")
            #expect(try world.door.waitForChildren(0).isEmpty)
        }

        /// The e-mail address and the password on the two sign-in screens.
        static func signIn(_ terminal: TmuxSession) throws {
            try terminal.waitFor("E-mail address")
            try terminal.type(DoorWorld.email)
            try terminal.press("Enter", until: "Forgot Password?")
            try terminal.type(DoorWorld.password)
            try terminal.keys("Enter")
        }
    }
}
