import AuthModel

/// What the app is started with and never changes while it runs.
public struct AppSettings: Equatable, Sendable {
    /// The server's address, shown in the header.
    public var server: String
    /// A warning to show on every screen (plain http allowed, a theme file that did not load ...).
    public var warning: String?
    /// `authterm demo`: the demo account, shown on the sign-in screen.
    public var demoAccount: DemoAccount?
    /// `authterm demo`: the folder of the demo server's outbox, shown by the Mailbox (F3).
    public var mailboxFolder: String?
    /// Draw with ASCII only (the locale is not UTF-8).
    public var asciiOnly: Bool
    /// The language to start in (`LanguageChoice`); Account Settings may change it while the app runs.
    public var language: Language

    public init(
        server: String, warning: String? = nil, demoAccount: DemoAccount? = nil, mailboxFolder: String? = nil,
        asciiOnly: Bool = false, language: Language = .en
    ) {
        self.server = server
        self.warning = warning
        self.demoAccount = demoAccount
        self.mailboxFolder = mailboxFolder
        self.asciiOnly = asciiOnly
        self.language = language
    }
}

/// The credentials of the demo server's account.
public struct DemoAccount: Equatable, Sendable {
    public var email: String
    public var password: String

    public init(email: String, password: String) {
        self.email = email
        self.password = password
    }
}
