/// The answer being chosen in a confirm dialog. Left/Right/Tab switch buttons, Enter answers,
/// Esc cancels, `y`/`n` or a click on a button answer directly. Starts on Cancel, so a stray
/// Enter never confirms.
public struct ConfirmState: Equatable, Sendable {
    public enum Choice: Equatable, Sendable { case confirm, cancel }

    public var choice: Choice = .cancel

    public init(choice: Choice = .cancel) {
        self.choice = choice
    }

    /// The answer, once given; nil while the dialog stays open.
    public mutating func handle(_ event: Event) -> Choice? {
        switch event {
        case .key(.left), .key(.right), .key(.tab), .key(.backTab):
            choice = choice == .confirm ? .cancel : .confirm
            return nil
        case .key(.enter), .key(.character(" ")): return choice
        case .key(.escape), .key(.character("n")), .key(.character("N")): return .cancel
        case .key(.character("y")), .key(.character("Y")): return .confirm
        case .click(let target) where target.hasSuffix(".confirm"): return .confirm
        case .click(let target) where target.hasSuffix(".cancel"): return .cancel
        default: return nil
        }
    }
}

/// A modal question over the screen: a title, a wrapped message and two buttons. For an
/// irreversible action set `isDestructive`: the message shows in the warning role.
/// Buttons are hit areas `"<id>.confirm"` and `"<id>.cancel"`; the rest of the dialog is `"<id>"`.
public struct ConfirmDialog: View {
    public var title: String
    public var message: String
    public var confirmTitle: String
    public var cancelTitle: String
    public var state: ConfirmState
    public var isDestructive: Bool
    public var symbols: Symbols
    public var id: String

    public init(title: String, message: String, confirmTitle: String = "OK", cancelTitle: String = "Cancel",
                state: ConfirmState = ConfirmState(), isDestructive: Bool = false,
                symbols: Symbols = .unicode, id: String = "confirm") {
        self.title = title
        self.message = message
        self.confirmTitle = confirmTitle
        self.cancelTitle = cancelTitle
        self.state = state
        self.isDestructive = isDestructive
        self.symbols = symbols
        self.id = id
    }

    /// Draws the dialog centred in `area`, at most 60 columns wide.
    public func render(into buffer: inout Buffer, area: Rect) {
        let confirm = Button(confirmTitle, isFocused: state.choice == .confirm, id: "\(id).confirm")
        let cancel = Button(cancelTitle, isFocused: state.choice == .cancel, id: "\(id).cancel")
        let width = min(area.width, 60)
        let paragraph = Paragraph(message, style: Style(isDestructive ? .warning : .text))
        let height = min(area.height, paragraph.height(width: width - 4) + 5)
        let frame = area.centered(width: width, height: height)
        buffer.fill(frame, style: Style(.background))
        Block(title: title, symbols: symbols).render(into: &buffer, area: frame)
        buffer.addHitArea(id, frame)
        let inner = frame.inset(horizontal: 2, vertical: 1)
        paragraph.render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 3))
        let row = inner.row(inner.height - 1)
        let buttons = row.centered(width: confirm.width + 2 + cancel.width, height: 1)
            .splitColumns([.fixed(confirm.width + 2), .fill])
        confirm.render(into: &buffer, area: buttons[0])
        cancel.render(into: &buffer, area: buttons[1])
    }
}
