import TerminalUI

/// Buttons side by side on one row, a space apart; the one whose id is `focused` has the focus.
struct ButtonRow: View {
    let buttons: [(title: String, id: String)]
    let focused: String?

    func render(into buffer: inout Buffer, area: Rect) {
        var x = area.x
        for button in buttons {
            let view = Button(button.title, isFocused: button.id == focused, id: button.id)
            view.render(into: &buffer, area: Rect(x: x, y: area.y, width: area.maxX - x, height: 1))
            x += view.width + 1
        }
    }
}
