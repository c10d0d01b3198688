import TerminalUI

/// The demo's Mailbox: what the demo server "sent" (reset codes by mail, SMS codes), newest first,
/// drawn over the current screen so a code can be read and typed in.
public struct MailboxState: Equatable, Sendable {
    public var messages: [MailboxMessage]
    public var list: ListState

    public init(messages: [MailboxMessage]) {
        self.messages = messages
        list = ListState(count: messages.count, pageSize: 5)
    }

    static func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("↑↓", text(.hintChoose)), KeyHint("r", text(.hintRefresh)), KeyHint("Esc", text(.hintClose))]
    }
}

struct MailboxView: View {
    let state: MailboxState
    let symbols: Symbols
    let text: Catalog

    /// The hit areas of the messages: `mailbox.<row>`.
    static let listID = "mailbox"

    func render(into buffer: inout Buffer, area: Rect) {
        let box = area.centered(width: 76, height: area.height - 2)
        buffer.fill(box, style: .plain)
        Block(title: text(.mailboxTitle), symbols: symbols).render(into: &buffer, area: box)
        let inner = Block.inner(box).inset(horizontal: 1)
        guard !state.messages.isEmpty else {
            Paragraph(text(.mailboxEmpty), style: Style(.muted)).render(into: &buffer, area: inner)
            return
        }
        let parts = inner.splitRows([.fixed(min(5, state.messages.count)), .fixed(1), .fill])
        let rows = state.messages.map { message in
            let subject = message.isSMS ? text(.textMessage) : message.subject.isEmpty ? text(.noSubject) : message.subject
            return ListView.Row(text(.mailboxRow, ["subject": subject, "to": message.to]),
                                detail: message.date.map(text.dayAndTime) ?? "")
        }
        ListView(rows, state: state.list, isFocused: true, id: Self.listID).render(into: &buffer, area: parts[0])
        let message = state.messages[state.list.selected]
        Paragraph(message.body).render(into: &buffer, area: parts[2])
    }
}
