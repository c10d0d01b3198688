import TerminalUI

/// The help over the screen it was opened on: that screen's topic and, where there are some, the
/// questions people ask, one of which may be open. Enter or a click opens a question, Esc goes
/// back to the questions and then closes; F1 or ? closes at once.
public struct HelpState: Equatable, Sendable {
    public let topic: HelpTopic
    public var list: ListState
    public private(set) var opened: HelpQuestion?

    public init(_ topic: HelpTopic) {
        self.topic = topic
        list = ListState(count: topic.questions.count, pageSize: 5)
    }

    var questions: [HelpQuestion] { topic.questions }

    /// Applies an event; true when the help closes.
    public mutating func handle(_ event: Event) -> Bool {
        if event == .key(.function(1)) || event == .key(.character("?")) { return true }
        if opened != nil {
            if event == .key(.escape) || event == .key(.backspace) || event == .key(.enter) { opened = nil }
            return false
        }
        if let row = event.clickedRow(of: Self.listID), questions.indices.contains(row) {
            list.select(row)
            opened = questions[row]
            return false
        }
        if !questions.isEmpty {
            if list.handle(event) { return false }
            if event.isActivation, case .key = event {
                opened = questions[list.selected]
                return false
            }
        }
        return event == .key(.escape) || event == .key(.enter)
    }

    func hints(_ text: Catalog) -> [KeyHint] {
        if opened != nil { return [KeyHint("Esc", text(.hintBackToQuestions)), KeyHint("F1", text(.hintCloseHelp))] }
        if questions.isEmpty { return [KeyHint("Esc", text(.hintCloseHelp))] }
        return [KeyHint("↑↓", text(.hintChoose)), KeyHint("Enter", text(.hintOpen)), KeyHint("Esc", text(.hintCloseHelp))]
    }

    /// The hit areas of the questions: `help.<row>`.
    static let listID = "help"
}
