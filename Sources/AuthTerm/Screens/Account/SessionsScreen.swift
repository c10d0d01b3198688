import AuthModel
import TerminalUI

/// Account Settings > Sessions: where the account is signed in, and `Sign out the others`.
public struct SessionsScreen: Equatable, Sendable, ScreenContent {
    public enum Intent: Equatable, Sendable { case signOutOthers, back }

    public let account: Account
    public private(set) var sessions: [SessionInfo] = []
    public var list = ListState(count: 0, pageSize: 6)

    public init(account: Account) {
        self.account = account
    }

    public mutating func show(_ sessions: [SessionInfo]) {
        self.sessions = sessions
        list.count = sessions.count
    }

    /// Keeps only this session, once the others are signed out.
    public mutating func removeOthers() {
        show(sessions.filter(\.current))
    }

    var others: [SessionInfo] { sessions.filter { !$0.current } }

    func title(_ text: Catalog) -> String { text(.sessionsTitle) }
    var helpTopic: HelpTopic { .accountSettings }
    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", text(.hintScroll)), KeyHint("Enter", text(.hintSignOutOthers)), KeyHint("Esc", text(.hintBack))]
    }

    public mutating func handle(_ event: Event) -> Intent? {
        if event == .key(.escape) { return .back }
        if let row = event.clickedRow(of: "sessions") {
            list.select(row)
            return nil
        }
        if list.handle(event) { return nil }
        return event.activates("signOutOthers") && !others.isEmpty ? .signOutOthers : nil
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        Label(text(.sessionsIntro), style: Style(.muted)).render(into: &buffer, area: rows.take())
        let lines = sessions.map { session in
            let place = [session.clientAddress, session.userAgent].compactMap { $0 }.joined(separator: ", ")
            let name = text(session.current ? .thisSession : .otherSession)
            return ListView.Row(place.isEmpty ? name : text(.sessionAt, ["session": name, "place": place]),
                                detail: text(.lastSeen, ["day": text.day(session.lastSeenAt)]))
        }
        ListView(lines, state: list, isFocused: true, id: "sessions").render(into: &buffer, area: rows.take(min(6, lines.count)))
        rows.skip()
        if others.isEmpty {
            Label(text(.noOtherSession), style: Style(.muted)).render(into: &buffer, area: rows.take())
        } else {
            Button(text(.buttonSignOutOthers), isFocused: true, id: "signOutOthers").render(into: &buffer, area: rows.take())
        }
    }
}
