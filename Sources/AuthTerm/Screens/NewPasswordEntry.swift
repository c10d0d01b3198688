import TerminalUI

/// A new password typed twice, as reset password and change password ask for it: the two
/// fields, the policy under the first, and what can be checked before anything is sent (the
/// length, and that both entries match). The server has the last word (common passwords, the
/// e-mail in it).
public struct NewPasswordEntry: Equatable, Sendable {
    public enum Field: String, Hashable, Sendable { case password, confirmation }

    public enum Problem: Equatable, Sendable {
        case tooShort, mismatch

        func text(_ text: Catalog) -> String {
            switch self {
            case .tooShort: text(.passwordTooShort, ["minimum": "\(NewPasswordEntry.minimumLength)"])
            case .mismatch: text(.passwordMismatch)
            }
        }

        /// The field to correct.
        var field: Field { self == .tooShort ? .password : .confirmation }
    }

    static let minimumLength = 12
    static let maximumLength = 128

    public var password = Self.emptyField()
    public var confirmation = Self.emptyField()

    /// An empty field for a password, as long as the policy allows.
    static func emptyField() -> PasswordFieldState {
        PasswordFieldState(TextFieldState(maxLength: maximumLength))
    }

    /// What is wrong with the two entries, if anything.
    var problem: Problem? {
        if password.text.count < Self.minimumLength { return .tooShort }
        return password.text == confirmation.text ? nil : .mismatch
    }

    /// Edits `field`; true when its text changed.
    mutating func handle(_ event: Event, in field: Field) -> Bool {
        switch field {
        case .password: password.handle(event)
        case .confirmation: confirmation.handle(event)
        }
    }

    /// The labels, the two fields and the policy; `invalid` marks the field a problem is in.
    func render(focused: Field?, invalid: Problem?, context: ScreenContext, into buffer: inout Buffer, rows: inout RowCursor) {
        let text = context.text
        Label(text(.newPasswordLabel)).render(into: &buffer, area: rows.take())
        PasswordField(password, isFocused: focused == .password, isInvalid: invalid?.field == .password,
                      symbols: context.symbols, id: "password")
            .render(into: &buffer, area: rows.take())
        let policy = text(.passwordPolicy, ["minimum": "\(Self.minimumLength)", "maximum": "\(Self.maximumLength)"])
        Label(policy, style: Style(.muted)).render(into: &buffer, area: rows.take())
        Label(text(.newPasswordAgainLabel)).render(into: &buffer, area: rows.take())
        PasswordField(confirmation, isFocused: focused == .confirmation, isInvalid: invalid?.field == .confirmation,
                      symbols: context.symbols, id: "confirmation")
            .render(into: &buffer, area: rows.take())
    }
}
