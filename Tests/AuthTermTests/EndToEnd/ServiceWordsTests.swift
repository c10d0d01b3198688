import AuthModel
import Foundation
import TestSupport
import Testing

@testable import AuthTerm

/// The organization's own words, from the server's settings, where its users read them.
extension EndToEndTests {
    @Test func theServiceSpeaksInHelpOnTheMFAScreenAndAboutResets() async throws {
        let world = try await EndToEnd(settings: [
            "support_contact=IT Service Desk, help@example.ac.jp", "support_hours=Weekdays 9:00-17:00",
            "notices=[Use Microsoft Authenticator on your university phone.]",
            "links=[{title: MFA manual, url: 'https://example.ac.jp/mfa'}]", "on_password_reset=keep-mfa",
        ])
        let terminal = try world.client(size: (80, 24))
        try terminal.waitFor("E-mail address")
        try terminal.keys("F1")
        let help = try terminal.waitForScreen { ScreenText.flat($0).contains("Support: IT Service Desk, help@example.ac.jp (Weekdays 9:00-17:00)") }
        #expect(ScreenText.flat(help).contains("MFA manual: https://example.ac.jp/mfa"))
        try terminal.press("Escape", until: "[ Next ]")
        try terminal.type(EndToEnd.email)
        try terminal.press("Enter", until: "Forgot Password?")
        try terminal.press("Tab", "Enter", until: "Forgot password")
        try terminal.waitForScreen { ScreenText.flat($0).contains("A password reset keeps your MFA methods") }
        try terminal.press("Escape", "Enter", until: "Forgot Password?")
        try terminal.type(EndToEnd.password)
        try terminal.press("Enter", until: "Welcome, Ada Lovelace.")
        try EndToEnd.openMFA(terminal)
        let mfa = ScreenText.flat(try terminal.screen())
        #expect(mfa.contains("Use Microsoft Authenticator on your university phone."))
        #expect(mfa.contains("Support: IT Service Desk, help@example.ac.jp (Weekdays 9:00-17:00)"))
    }

    /// F1 on the MFA screen: every question opens its answer, and Esc goes back to the questions.
    @Test func everyHelpQuestionOpensItsAnswer() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client(size: (80, 24))
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Welcome, Ada Lovelace.")
        try EndToEnd.openMFA(terminal)
        try terminal.press("F1", until: "Help: Multifactor Authentication")
        for (index, question) in HelpQuestion.allCases.enumerated() {
            if index > 0 { try terminal.press("Down", until: "> \(Catalog(.en)(question.title))") }
            let answer = try #require(HelpFlowTests.answers[question])
            try terminal.keys("Enter")
            try terminal.waitForScreen { ScreenText.flat($0).contains(answer) }
            try terminal.press("Escape", until: "> \(Catalog(.en)(question.title))")
        }
        try terminal.press("Escape", until: "Status: ")
    }
}
