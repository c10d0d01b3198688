import AuthModel
import TerminalUI

/// `MFA Confirmation and Activation`: a method is registered but MFA is not enabled yet. Enabling
/// cannot be undone, so the screen says so and, while this is the only method, recommends a
/// second one first.
public struct ActivationScreen: Equatable, Sendable, ScreenContent {
    public enum Choice: String, Clickable { case addAnother, activate }

    public let account: Account?
    /// The method just registered.
    public let method: MFAMethod
    public var focus = FocusRing<Choice>([.addAnother, .activate])

    public init(account: Account?, method: MFAMethod) {
        self.account = account
        self.method = method
        if hasBackup { focus.focus(.activate) }
    }

    /// Whether the account has a method besides the one just registered.
    var hasBackup: Bool {
        account?.mfa.methods.contains { $0.id != method.id } ?? false
    }

    func title(_ text: Catalog) -> String { text(.activationTitle) }
    var helpTopic: HelpTopic { .mfa }
    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("Tab", text(.hintNext)), KeyHint("Enter", text(.hintChoose)), KeyHint("Esc", text(.hintLater))]
    }

    /// The choice made; Esc counts as adding another method later.
    public mutating func handle(_ event: Event) -> Choice? {
        if event == .key(.escape) { return .addAnother }
        if focus.handle(event) { return nil }
        switch event {
        case .key(.left), .key(.right): focus.next()
        case _ where event.isActivation: return focus.focused
        default: break
        }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        let done = Paragraph(text(.methodRegistered, ["method": method.phrase(text)]), style: Style(.success))
        done.render(into: &buffer, area: rows.take(done.height(width: area.width)))
        rows.skip()
        let warning = Paragraph(text(.activationWarning), style: Style(.warning))
        warning.render(into: &buffer, area: rows.take(warning.height(width: area.width)))
        rows.skip()
        let advice = Paragraph(text(hasBackup ? .activationHasBackup : .activationRecommendBackup))
        advice.render(into: &buffer, area: rows.take(advice.height(width: area.width)))
        rows.skip()
        ButtonRow(buttons: [(text(.buttonAddAnotherMethod), Choice.addAnother.rawValue),
                            (text(.buttonActivateNow), Choice.activate.rawValue)],
                  focused: focus.focused.rawValue)
            .render(into: &buffer, area: rows.take())
    }
}
