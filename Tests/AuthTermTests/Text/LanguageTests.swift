import AuthModel
import Foundation
import TerminalUI
import Testing

@testable import AuthTerm

/// Which language the client speaks, and how the account's language (that of its mail) follows it.
@Suite struct LanguageTests {
    @Test func theLocaleForMessagesDecides() {
        let resolve = { (environment: [String: String]) in
            LanguageChoice.resolve(flag: nil, configFile: nil, environment: environment)
        }
        #expect(resolve(["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(resolve(["LANG": "ja"]) == .ja)
        #expect(resolve(["LANG": "ja_JP.eucJP"]) == .ja)
        #expect(resolve(["LANG": "en_US.UTF-8"]) == .en)
        #expect(resolve(["LANG": "C.UTF-8"]) == .en)
        #expect(resolve([:]) == .en)
        // LC_ALL over LC_MESSAGES over LANG, as the C library takes them; an empty one is unset.
        #expect(resolve(["LC_ALL": "C", "LC_MESSAGES": "ja_JP.UTF-8", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(resolve(["LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"]) == .ja)
        #expect(resolve(["LC_ALL": "", "LANG": "ja_JP.UTF-8"]) == .ja)
    }

    @Test func theFlagOverTheConfigFileOverTheLocale() {
        let japanese = ["LANG": "ja_JP.UTF-8"]
        #expect(LanguageChoice.resolve(flag: .en, configFile: .ja, environment: japanese) == .en)
        #expect(LanguageChoice.resolve(flag: nil, configFile: .en, environment: japanese) == .en)
        #expect(LanguageChoice.resolve(flag: nil, configFile: .ja, environment: ["LANG": "C"]) == .ja)
    }

    @Test func theCommandLineFindsLangBeforeParsing() {
        let environment = ["LANG": "C", "XDG_CONFIG_HOME": "/nonexistent-\(UUID().uuidString)"]
        #expect(LanguageChoice.commandLine(arguments: ["authterm", "--lang", "ja", "--help"], environment: environment) == .ja)
        #expect(LanguageChoice.commandLine(arguments: ["authterm", "--lang=ja"], environment: environment) == .ja)
        #expect(LanguageChoice.commandLine(arguments: ["authterm", "--help"], environment: environment) == .en)
        #expect(LanguageChoice.commandLine(arguments: ["authterm", "--help"], environment: ["LANG": "ja_JP.UTF-8"]
            .merging(environment) { first, _ in first }) == .ja)
    }

    /// A client in Japanese signing in to an account whose mail is in English sets it to Japanese,
    /// and leaves an account already in Japanese alone.
    @Test(arguments: [Language.en, .ja])
    func signingInSetsTheAccountsLanguage(accountLanguage: Language) {
        var account = Samples.account
        account.language = accountLanguage
        var japanese = account
        japanese.language = .ja
        var driver = FlowDriver(settings: AppSettings(server: "https://auth.example.com", language: .ja)) { request in
            switch request {
            case .startSignIn: .success(.signInStarted(Samples.flow))
            case .submitPassword: .success(.signInProgress(SignInProgress(next: .done, session: Samples.session)))
            case .getAccount: .success(.account(account))
            case .updateAccount(let language): .success(.account(language == .ja ? japanese : account))
            default: nil
            }
        }
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("pw")
        driver.press(.enter)
        #expect(driver.sent.contains(.updateAccount(language: .ja)) == (accountLanguage == .en))
        #expect(driver.screenText.contains("ようこそ、Ada Lovelace さん。"))
    }

    /// Account Settings switches the screens to the other language at once, and the account's mail with them.
    @Test func accountSettingsSwitchesTheLanguage() {
        var japanese = Samples.account
        japanese.language = .ja
        var driver = FlowDriver { request in
            request == .updateAccount(language: .ja) ? .success(.account(japanese)) : nil
        }
        driver.state.session = Samples.session
        driver.state.screen = .home(HomeScreen(account: Samples.account))
        driver.press(.function(2), .character("a"))
        #expect(driver.screenText.contains("Language: English"))
        driver.press(.character("l"))
        #expect(driver.sent == [.updateAccount(language: .ja)])
        #expect(driver.state.language == .ja)
        let screen = driver.screenText
        #expect(screen.contains("アカウント設定"))
        #expect(screen.contains("日本語"))
        #expect(driver.state.message?.text == Catalog(.ja)(.languageSwitched))
    }
}
