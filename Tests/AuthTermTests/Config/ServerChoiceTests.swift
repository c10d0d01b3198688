import AuthModel
import AuthTerm
import Testing

@Suite struct ServerChoiceTests {
    @Test func flagWinsOverEnvironmentAndConfig() {
        let choice = ServerChoice.resolve(
            flag: "https://a", environment: ["AUTHTERM_SERVER": "https://b"], configFile: "https://c")
        #expect(choice == .flag("https://a"))
    }

    @Test func environmentWinsOverConfig() {
        let choice = ServerChoice.resolve(flag: nil, environment: ["AUTHTERM_SERVER": "https://b"], configFile: "https://c")
        #expect(choice == .environment("https://b"))
    }

    @Test func blankValuesDoNotCount() {
        #expect(ServerChoice.resolve(flag: " ", environment: ["AUTHTERM_SERVER": ""], configFile: "https://c")
            == .configFile("https://c"))
        #expect(ServerChoice.resolve(flag: nil, environment: [:], configFile: nil) == nil)
    }

    @Test(arguments: Language.allCases)
    func missingMessageNamesTheThreeWays(language: Language) {
        for way in ["--server", "AUTHTERM_SERVER", "config.toml", "authterm demo"] {
            #expect(ServerChoice.missingMessage(Catalog(language)).contains(way))
        }
    }
}
