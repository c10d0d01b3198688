import AuthModel
import TerminalUI

/// Avatar Menu > Account Settings: who is signed in, and the pages for the password, the sessions,
/// Multifactor Authentication and the language.
public struct AccountScreen: Equatable, Sendable, ScreenContent {
    public enum Intent: Equatable, Sendable { case open(AccountPage), back }

    public let account: Account
    public var menu: MenuState<AccountPage>

    static let pages: [AccountPage] = [.mfa, .changePassword, .sessions, .language]

    /// The screen with its menu worded in the language of `text`.
    public init(account: Account, text: Catalog) {
        self.account = account
        menu = MenuState(
            Self.pages.map { MenuItem(text($0.title), hotkey: $0.hotkey, value: $0) },
            id: "accountPages")
    }

    func title(_ text: Catalog) -> String { text(.accountSettingsTitle) }
    var helpTopic: HelpTopic { .accountSettings }
    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("Enter", text(.hintOpen)), KeyHint("F2", text(.hintAvatarMenu)), KeyHint("Esc", text(.hintBack))]
    }

    public mutating func handle(_ event: Event) -> Intent? {
        switch menu.handle(event) {
        case .chosen(let page): .open(page)
        case .dismissed: .back
        case .moved, nil: nil
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        FieldLine(text(.emailLabel), account.email, text).render(into: &buffer, area: rows.take())
        FieldLine(text(.displayNameLabel), account.displayName, text).render(into: &buffer, area: rows.take())
        FieldLine(text(.passwordChangedLabel), account.passwordChangedAt.map(text.day) ?? text(.never), text)
            .render(into: &buffer, area: rows.take())
        FieldLine(text(.mfaName), MFASummary(account.mfa, text).text, text).render(into: &buffer, area: rows.take())
        FieldLine(text(.languageLabel), text(account.language.name), text).render(into: &buffer, area: rows.take())
        rows.skip()
        ListView(menu.rows, state: menu.list, isFocused: true, id: menu.id)
            .render(into: &buffer, area: rows.take(menu.items.count))
    }
}

/// The pages of Account Settings; `language` switches to the other language at once.
public enum AccountPage: Hashable, Sendable {
    case mfa, changePassword, sessions, language

    var title: TextKey {
        switch self {
        case .mfa: .mfaTitle
        case .changePassword: .changePasswordTitle
        case .sessions: .sessionsTitle
        case .language: .switchLanguage
        }
    }

    var hotkey: Character {
        switch self {
        case .mfa: "m"
        case .changePassword: "p"
        case .sessions: "s"
        case .language: "l"
        }
    }
}

extension Language {
    /// The name of the language, as its speakers write it.
    var name: TextKey { self == .ja ? .languageJapanese : .languageEnglish }

    /// The language Account Settings switches to.
    var other: Language { self == .ja ? .en : .ja }
}

/// `Name: value`, the name muted.
struct FieldLine: View {
    let name: String
    let value: String
    let text: Catalog

    init(_ name: String, _ value: String, _ text: Catalog) {
        self.name = name
        self.value = value
        self.text = text
    }

    func render(into buffer: inout Buffer, area: Rect) {
        let used = buffer.write(text(.fieldName, ["name": name]), x: area.x, y: area.y, style: Style(.muted), limit: area.maxX)
        buffer.write(value, x: area.x + used, y: area.y, style: .plain, limit: area.maxX)
    }
}
