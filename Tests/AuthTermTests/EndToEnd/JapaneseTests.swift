import Foundation
import Glibc
import TestSupport
import Testing

/// The release client in a real 80x24 terminal in `LANG=ja_JP.UTF-8`: it speaks Japanese, shows a
/// Japanese name whole in the avatar, takes a method's name typed in Japanese, sets the account's
/// language at sign-in so the server's mail comes in Japanese, and its registration code still
/// scans off the pane.
@Suite struct JapaneseTests {
    static let email = "hanako@example.jp"

    @Test func signInOpenMultifactorAuthenticationAndScanTheCode() async throws {
        let world = try await EndToEnd()
        let server = try #require(world.server)
        try server.addUser(email: Self.email, password: EndToEnd.password, name: "山田 花子")
        let terminal = try world.client(size: (80, 24), environment: try JapaneseLocale.environment())

        try terminal.waitFor("メールアドレス")
        try terminal.type(Self.email)
        try terminal.press("Enter", until: "パスワードをお忘れですか?")
        try terminal.type(EndToEnd.password)
        let home = try terminal.press("Enter", until: "ようこそ、山田 花子 さん。")
        // The avatar in the lower-left corner: the name's first character, both halves of it.
        #expect(home.split(separator: "\n").contains { $0.hasPrefix("  山  山田 花子  F2") })
        #expect(try Self.languageBecomesJapanese(world), "the account takes the language of the client it signed in from")

        try terminal.press("F2", until: "アバターメニュー")
        try terminal.press("a", until: "表示名")
        let mfa = try terminal.press("m", until: "状態")
        #expect(mfa.contains("多要素認証"))
        try terminal.press("s", until: "1. スマートフォンに認証アプリ")
        // The method's name typed in Japanese over the default one.
        try terminal.keys("C-u")
        try terminal.type("仕事用スマホ")
        try terminal.waitFor("仕事用スマホ")
        try terminal.keys("Enter")
        let secret = try AuthenticatorApp.scan(terminal, account: Self.email, title: "アプリで読み取るか、キーを入力")
        try terminal.press("Enter", until: "3. アプリに表示される")
        try terminal.type(AuthenticatorApp.code(secret))
        let activation = try terminal.press("Enter", until: "多要素認証の確認と有効化")
        #expect(ScreenText.flat(activation).contains("認証アプリ「仕事用スマホ」を登録しました。"))

        let mail = try world.newestMail(containing: "認証方法「仕事用スマホ」がアカウントに追加されました。")
        #expect(mail.contains("山田 花子 様"))
    }

    /// A Japanese UTF-8 locale the machine has not generated (here one no machine has) still
    /// shows Japanese in a UTF-8 terminal, not English in ASCII.
    @Test func aJapaneseLocaleTheMachineLacksStillShowsJapanese() async throws {
        let world = try await EndToEnd()
        let terminal = try world.client(size: (80, 24), environment: ["LANG": "ja_XX.UTF-8"])
        let screen = try terminal.waitFor("メールアドレス")
        #expect(screen.contains("╭─ サインイン ─"))
        #expect(!screen.contains("UTF-8"), "no warning that Japanese needs UTF-8")
    }

    @Test func helpIsInTheChosenLanguage() throws {
        let authterm = try BuiltProducts.release("authterm").path
        // Words as read, whatever the width the help was wrapped to.
        let japanese = ScreenText.flat(try Command.check(authterm, ["--lang", "ja", "--help"]))
        #expect(japanese.contains("サービスにサインインし、アカウントのセキュリティを端末から管理します。"))
        #expect(japanese.contains("表示する言語: en (英語) または ja (日本語)。"))
        let english = ScreenText.flat(try Command.check(authterm, ["--lang=en", "--help"]))
        #expect(english.contains("Sign in to a service and manage its account security from the terminal."))
        #expect(!english.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) })
    }

    /// Whether the account's language is `ja` in the database within 10 s: the client sets it
    /// just after the home screen shows.
    private static func languageBecomesJapanese(_ world: EndToEnd) throws -> Bool {
        for _ in 0..<100 {
            if try world.sql("SELECT language FROM user WHERE email = '\(email)'") == "ja" { return true }
            usleep(100_000)
        }
        return false
    }
}
