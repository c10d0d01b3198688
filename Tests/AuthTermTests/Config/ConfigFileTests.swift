import Testing

@testable import AuthTerm

@Suite struct ConfigFileTests {
    @Test func readsServerAndThemeWithComments() throws {
        let config = try ConfigFile.parse("""
            # where to sign in
            server = "https://auth.example.com"

            theme = "light"
            """, path: "config.toml")
        #expect(config == ConfigFile(server: "https://auth.example.com", theme: "light"))
    }

    @Test func namesFileAndLineOfAMistake() {
        #expect(throws: ConfigFile.Problem(path: "c.toml", line: 2, reason: "unknown setting colour (known: server, theme, mouse)")) {
            try ConfigFile.parse("server = \"x\"\ncolour = \"red\"", path: "c.toml")
        }
        #expect(throws: ConfigFile.Problem(path: "c.toml", line: 1, reason: "the value of server must be in double quotes")) {
            try ConfigFile.parse("server = https://x", path: "c.toml")
        }
    }

    @Test func defaultPathFollowsXDG() {
        #expect(ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/authterm/config.toml")
        #expect(ConfigFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/authterm/config.toml")
    }

    @Test func plausibleEmailAddresses() {
        #expect(EmailAddress.isPlausible("ada@example.com"))
        for bad in ["ada", "ada@", "@example.com", "ada@example", "a da@example.com", "ada@@example.com", "ada@example..com"] {
            #expect(!EmailAddress.isPlausible(bad), "\(bad)")
        }
    }
}
