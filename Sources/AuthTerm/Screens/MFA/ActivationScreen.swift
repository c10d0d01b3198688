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

    var title: String { "MFA Confirmation and Activation" }
    var helpTopic: HelpTopic { .mfa }
    var hints: [KeyHint] { [KeyHint("Tab", "next"), KeyHint("Enter", "choose"), KeyHint("Esc", "later")] }

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
        var rows = RowCursor(area)
        let done = Paragraph("\(method.phrase) is registered.", style: Style(.success))
        done.render(into: &buffer, area: rows.take(done.height(width: area.width)))
        rows.skip()
        let warning = Paragraph(
            "Multifactor authentication is not enabled yet. Once you activate it, it cannot be disabled: "
                + "every sign-in will ask for a code.", style: Style(.warning))
        warning.render(into: &buffer, area: rows.take(warning.height(width: area.width)))
        rows.skip()
        let advice = Paragraph(hasBackup
            ? "You have another method registered too, so losing one phone does not lock you out."
            : "We recommend adding a second method first (another authenticator app or a phone number), "
                + "so that losing one phone does not lock you out.")
        advice.render(into: &buffer, area: rows.take(advice.height(width: area.width)))
        rows.skip()
        ButtonRow(buttons: [("Add another method", Choice.addAnother.rawValue), ("Activate now", Choice.activate.rawValue)],
                  focused: focus.focused.rawValue)
            .render(into: &buffer, area: rows.take())
    }
}
