import AuthModel
import FoundationEssentials
import TerminalUI

/// An e-mail address field and the button that submits it, as the sign-in and forgot-password
/// screens share them. The address is checked on the spot, so an obvious typo never costs a
/// request; the server has the last word.
public struct EmailEntry: Equatable, Sendable {
    public enum Control: String, Clickable { case email, submit }
    /// What submitting gave: an address worth sending, or one that is not.
    public enum Outcome: Equatable, Sendable { case plausible(String), implausible }

    public var field: TextFieldState
    public var focus = FocusRing<Control>([.email, .submit])
    public var isInvalid = false

    public init(_ email: String) {
        field = TextFieldState(email, maxLength: 254)
    }

    var isTyping: Bool { focus.focused == .email }

    /// Edits the field; Enter, or activating the button, submits.
    public mutating func handle(_ event: Event) -> Outcome? {
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .submit && event.isActivation) {
            let email = field.text.trimmed
            isInvalid = !EmailAddress.isPlausible(email)
            return isInvalid ? .implausible : .plausible(email)
        }
        if focus.focused == .email, field.handle(event) { isInvalid = false }
        return nil
    }

    /// The label, the field, a blank row and the button titled `button`.
    func render(button: String, placeholder: String = "", text: Catalog, into buffer: inout Buffer, rows: inout RowCursor) {
        Label(text(.emailLabel)).render(into: &buffer, area: rows.take())
        TextField(field, isFocused: focus.isFocused(.email), isInvalid: isInvalid, placeholder: placeholder, id: "email")
            .render(into: &buffer, area: rows.take())
        rows.skip()
        Button(button, isFocused: focus.isFocused(.submit), id: "submit").render(into: &buffer, area: rows.take())
    }
}

