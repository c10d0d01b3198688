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

    @Test func readsTheLanguage() throws {
        #expect(try ConfigFile.parse("lang = \"ja\"", path: "c.toml").lang == .ja)
        #expect(throws: ConfigFile.Problem(path: "c.toml", line: 1, reason: .langValue)) {
            try ConfigFile.parse("lang = \"fr\"", path: "c.toml")
        }
    }

    @Test func namesFileAndLineOfAMistake() {
        let unknown = ConfigFile.Problem(path: "c.toml", line: 2, reason: .unknownSetting("colour"))
        #expect(throws: unknown) {
            try ConfigFile.parse("server = \"x\"\ncolour = \"red\"", path: "c.toml")
        }
        #expect(unknown.sentence(Catalog(.en)) == "c.toml:2: unknown setting colour (known: server, theme, mouse, lang)")
        #expect(unknown.sentence(Catalog(.ja)) == "c.toml:2: 不明な設定 colour です (使える設定: server, theme, mouse, lang)")
        #expect(throws: ConfigFile.Problem(path: "c.toml", line: 1, reason: .unquoted(key: "server"))) {
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
