import TerminalUI

/// The help box: the topic's words and its questions, or the open answer; below, the service's
/// support line, notices and links.
struct HelpView: View {
    let state: HelpState
    let service: ServiceText
    let symbols: Symbols

    func render(into buffer: inout Buffer, area: Rect) {
        let box = area.centered(width: 70, height: area.height - 2)
        buffer.fill(box, style: Style(.background))
        let text = service.text
        Block(title: text(state.topic.title), symbols: symbols).render(into: &buffer, area: box)
        let inner = box.inset(horizontal: 2, vertical: 1)
        let footer = ServiceSection(service: service, parts: [.notices, .support, .links], width: inner.width, leadingBlank: true)
        let parts = inner.splitRows([.fill, .fixed(footer.height)])
        var rows = RowCursor(parts[0])
        if let question = state.opened {
            Label(text(question.title), style: Style(.accent, .bold)).render(into: &buffer, area: rows.take())
            rows.skip()
            let answer = Paragraph(question.answer(service))
            answer.render(into: &buffer, area: rows.take(answer.height(width: inner.width)))
        } else {
            let topic = Paragraph(state.topic.text(service))
            topic.render(into: &buffer, area: rows.take(topic.height(width: inner.width)))
            if !state.questions.isEmpty {
                rows.skip()
                ListView(state.questions.map { ListView.Row(text($0.title)) }, state: state.list, isFocused: true,
                         id: HelpState.listID)
                    .render(into: &buffer, area: rows.take(max(3, parts[0].maxY - rows.y)))
            }
        }
        footer.render(into: &buffer, area: parts[1])
    }
}
