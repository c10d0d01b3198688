import Testing

@testable import AuthServer

@Suite struct ConfigurationFileTests {
    let defaults = ServerConfiguration(dataFolder: "/srv/auth")

    @Test func defaultsAreSafe() {
        #expect(defaults.rememberIdleWindow == 14 * 86_400)
        #expect(defaults.onPasswordReset == .clearMFA)
        #expect(defaults.totpSkew == 1)
        #expect(defaults.lockoutThreshold <= 100)
        #expect(defaults.database == "/srv/auth/authterm-server.sqlite")
    }

    @Test func theFileSetsSettingsByTheirSnakeCaseNames() throws {
        let configuration = try ConfigurationFile.apply(
            yaml: """
                # a comment
                issuer: Example Corp
                remember_idle_window: 86400
                on_password_reset: keep-mfa
                smtp_url: smtps://mail.example.com
                """, to: defaults)
        #expect(configuration.issuer == "Example Corp")
        #expect(configuration.rememberIdleWindow == 86_400)
        #expect(configuration.onPasswordReset == .keepMFA)
        #expect(configuration.smtpUrl == "smtps://mail.example.com")
        #expect(configuration.sessionLifetime == defaults.sessionLifetime)
    }

    @Test func flagsOverrideWithTheSameNames() throws {
        let configuration = try ConfigurationFile.apply(
            overrides: ["totp_skew=2", "issuer=a=b", "lockout_threshold=5"], to: defaults)
        #expect(configuration.totpSkew == 2)
        #expect(configuration.issuer == "a=b")
        #expect(configuration.lockoutThreshold == 5)
    }

    @Test(arguments: ["issuerr: typo", "totp_skew: many", "on_password_reset: forget", "- a list", "issuer: [unclosed"])
    func mistakesAreRefusedWithAMessage(yaml: String) {
        #expect(throws: ConfigurationFile.Problem.self) {
            try ConfigurationFile.apply(yaml: yaml, to: defaults)
        }
    }

    @Test func aValueOfTheWrongKindNamesTheSettingAsWritten() {
        #expect(throws: ConfigurationFile.Problem(
            description: "The setting \"expiry_sweep_interval\" has a value of the wrong kind.")) {
            try ConfigurationFile.apply(overrides: ["expiry_sweep_interval=abc"], to: defaults)
        }
    }

    @Test func anEmptyFileChangesNothing() throws {
        #expect(try ConfigurationFile.apply(yaml: "", to: defaults) == defaults)
    }
}
