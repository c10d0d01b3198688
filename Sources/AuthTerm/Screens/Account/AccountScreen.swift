import AuthModel
import TerminalUI

/// Avatar Menu > Account Settings: who is signed in, and the pages for the password, the sessions
/// and Multifactor Authentication.
public struct AccountScreen: Equatable, Sendable, ScreenContent {
    public enum Intent: Equatable, Sendable { case open(AccountPage), back }

    public let account: Account
    public var menu = MenuState(Self.pages.map { MenuItem($0.title, hotkey: $0.hotkey, value: $0) }, id: "accountPages")

    static let pages: [AccountPage] = [.mfa, .changePassword, .sessions]

    public init(account: Account) {
        self.account = account
    }

    var title: String { "Account Settings" }
    var helpTopic: HelpTopic { .accountSettings }
    var hints: [KeyHint] { [KeyHint("Enter", "open"), KeyHint("F2", "avatar menu"), KeyHint("Esc", "back")] }

    public mutating func handle(_ event: Event) -> Intent? {
        switch menu.handle(event) {
        case .chosen(let page): .open(page)
        case .dismissed: .back
        case .moved, nil: nil
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        FieldLine("E-mail address", account.email).render(into: &buffer, area: rows.take())
        FieldLine("Display name", account.displayName).render(into: &buffer, area: rows.take())
        FieldLine("Password changed", account.passwordChangedAt.map(DayText.of) ?? "never").render(into: &buffer, area: rows.take())
        FieldLine("Multifactor authentication", MFASummary(account.mfa).text).render(into: &buffer, area: rows.take())
        rows.skip()
        ListView(menu.rows, state: menu.list, isFocused: true, id: menu.id)
            .render(into: &buffer, area: rows.take(menu.items.count))
    }
}

/// The pages of Account Settings.
public enum AccountPage: Hashable, Sendable {
    case mfa, changePassword, sessions

    var title: String {
        switch self {
        case .mfa: "Multifactor Authentication"
        case .changePassword: "Change password"
        case .sessions: "Sessions"
        }
    }

    var hotkey: Character {
        switch self {
        case .mfa: "m"
        case .changePassword: "p"
        case .sessions: "s"
        }
    }
}

/// `Name: value`, the name muted.
struct FieldLine: View {
    let name: String
    let value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    func render(into buffer: inout Buffer, area: Rect) {
        let used = buffer.write(name + ": ", x: area.x, y: area.y, style: Style(.muted), limit: area.maxX)
        buffer.write(value, x: area.x + used, y: area.y, style: .plain, limit: area.maxX)
    }
}
