import AuthModel

/// A mail to an account holder, in the account's language: the password reset code, or a notice
/// of a change to the account's security. Each language's words are in a file of their own.
enum AccountMail: Equatable, Sendable {
    /// The code (grouped for reading), valid `minutes`, single use.
    case resetCode(String, minutes: Int)
    case passwordChanged
    case passwordReset(methodsCleared: Bool)
    case methodAdded(label: String)
    case methodRemoved(label: String)
    case mfaEnabled
    case recoveryCodesGenerated
    case recoveryCodeUsed(left: Int)
    /// `failures` wrong secrets of `kind` in a row lock that kind for `minutes`.
    case locked(SecretKind, failures: Int, minutes: Int)
    /// A helpdesk reset of the account's MFA.
    case mfaReset

    /// The mail to `user`, in the account's language.
    func message(to user: UserRecord) -> MailMessage {
        let text = switch user.language {
        case .en: english(name: user.displayName)
        case .ja: japanese(name: user.displayName)
        }
        return MailMessage(to: user.email, subject: text.subject, body: text.body)
    }
}

/// The subject and body of a mail.
struct MailText: Equatable, Sendable {
    var subject: String
    var body: String
}

/// The text message that carries a code, in the account's language.
enum CodeMessage {
    static func text(_ code: String, minutes: Int, language: Language) -> String {
        switch language {
        case .en: "Your verification code is \(code). It expires in \(minutes) minutes."
        case .ja: "確認コードは \(code) です。有効期間は\(minutes)分です。"
        }
    }
}
