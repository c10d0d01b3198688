import TerminalUI

/// What can be checked of a new password typed twice before it is sent: its length, and that
/// both entries match. The server has the last word (common passwords, the e-mail in it).
public enum NewPasswordCheck {
    static let minimumLength = 12
    static let maximumLength = 128
    /// The policy as the screens state it under the field.
    static let policy = "\(minimumLength) to \(maximumLength) characters; not a common password."

    public enum Problem: Equatable, Sendable {
        case tooShort, mismatch

        var text: String {
            switch self {
            case .tooShort: "The new password needs at least \(NewPasswordCheck.minimumLength) characters."
            case .mismatch: "The two passwords do not match."
            }
        }
    }

    static func problem(_ password: String, confirmation: String) -> Problem? {
        if password.count < minimumLength { return .tooShort }
        return password == confirmation ? nil : .mismatch
    }

    /// An empty field for a password, as long as the policy allows.
    static func field() -> PasswordFieldState {
        PasswordFieldState(TextFieldState(maxLength: maximumLength))
    }
}
