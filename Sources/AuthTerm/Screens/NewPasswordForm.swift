import AuthModel
import FoundationEssentials
import TerminalUI

/// The field that proves who asks for a new password: the current password, or the code from
/// the reset mail.
public protocol ProofField: Equatable, Sendable {
    var text: String { get }
    /// Whether nothing worth sending was typed.
    var isBlank: Bool { get }
    mutating func handle(_ event: Event) -> Bool
}

extension PasswordFieldState: ProofField {
    public var isBlank: Bool { text.isEmpty }
}

extension TextFieldState: ProofField {
    public var isBlank: Bool { text.trimmed.isEmpty }
}

/// A proof, then a new password twice, then the button: the form behind reset password and
/// change password. Enter moves to the next field; on the last, or on the button, the form is
/// checked and, when it will do, handed over.
public struct NewPasswordForm<Proof: ProofField>: Equatable, Sendable {
    public enum Control: Clickable {
        case proof, newPassword(NewPasswordEntry.Field), save

        public var hitID: String {
            switch self {
            case .proof: "proof"
            case .newPassword(let field): field.rawValue
            case .save: "save"
            }
        }
    }
    public enum Problem: Equatable, Sendable { case missingProof, newPassword(NewPasswordEntry.Problem) }

    public var proof: Proof
    public var newPassword = NewPasswordEntry()
    public var focus = FocusRing<Control>([.proof, .newPassword(.password), .newPassword(.confirmation), .save])
    public var problem: Problem?

    public init(proof: Proof) {
        self.proof = proof
    }

    var isTyping: Bool { focus.focused != .save }

    /// What is wrong with the form, in words, before anything is sent; `missingProof` names the proof.
    func problemText(missingProof: TextKey, _ text: Catalog) -> String? {
        switch problem {
        case .missingProof: text(missingProof)
        case .newPassword(let problem): problem.text(text)
        case nil: nil
        }
    }

    /// The proof and the new password, once submitted and checked.
    public mutating func handle(_ event: Event) -> (proof: String, newPassword: String)? {
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .save && event.isActivation) {
            if focus.focused == .proof || focus.focused == .newPassword(.password) {
                focus.next()
                return nil
            }
            return checked()
        }
        let edited = switch focus.focused {
        case .proof: proof.handle(event)
        case .newPassword(let field): newPassword.handle(event, in: field)
        case .save: false
        }
        if edited { problem = nil }
        return nil
    }

    private mutating func checked() -> (proof: String, newPassword: String)? {
        if proof.isBlank {
            problem = .missingProof
            focus.focus(.proof)
        } else if let newProblem = newPassword.problem {
            problem = .newPassword(newProblem)
            focus.focus(.newPassword(newProblem.field))
        } else {
            return (proof.text, newPassword.password.text)
        }
        return nil
    }

    /// The new password's rows, then a blank row and the button titled `save`.
    func render(save: String, context: ScreenContext, into buffer: inout Buffer, rows: inout RowCursor) {
        let focused: NewPasswordEntry.Field? = if case .newPassword(let field) = focus.focused { field } else { nil }
        let invalid: NewPasswordEntry.Problem? = if case .newPassword(let problem) = problem { problem } else { nil }
        newPassword.render(focused: focused, invalid: invalid, context: context, into: &buffer, rows: &rows)
        rows.skip()
        Button(save, isFocused: focus.isFocused(.save), id: "save").render(into: &buffer, area: rows.take())
    }
}
