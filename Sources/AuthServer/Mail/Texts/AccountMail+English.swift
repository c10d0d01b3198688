extension AccountMail {
    /// The mail in English, to `name`.
    func english(name: String) -> MailText {
        /// A notice: what changed, and what to do if it was not the holder.
        func notice(_ subject: String, _ what: String) -> MailText {
            MailText(subject: subject, body: """
                Hello \(name),

                \(what)

                If this was not you, reset your password now and contact your administrator.
                """)
        }
        switch self {
        case .resetCode(let code, let minutes):
            return MailText(subject: "Your password reset code", body: """
                Hello \(name),

                Your password reset code is \(code). It is valid for \(minutes) minutes and works once.

                If you did not ask for it, ignore this mail; your password stays as it is.
                """)
        case .passwordChanged:
            return notice("Your password was changed", "The password of your account was changed.")
        case .passwordReset(let methodsCleared):
            return notice("Your password was reset", methodsCleared
                ? "Your password was reset and your verification methods were removed; set MFA up again when you sign in."
                : "Your password was reset and every session was signed out.")
        case .methodAdded(let label):
            return notice("A verification method was added", "The method \"\(label)\" was added to your account.")
        case .methodRemoved(let label):
            return notice("A verification method was removed", "The method \"\(label)\" was removed from your account.")
        case .mfaEnabled:
            return notice("Multifactor authentication is on", "Signing in now needs a verification code.")
        case .recoveryCodesGenerated:
            return notice("New recovery codes", "New recovery codes were generated; the old ones no longer work.")
        case .recoveryCodeUsed(let left):
            return notice("A recovery code was used",
                "A recovery code was used to sign in to your account; \(left) unused code\(left == 1 ? "" : "s") left.")
        case .locked(let kind, let failures, let minutes):
            let noun = switch kind {
            case .password: "password"
            case .secondFactor: "verification code"
            case .resetCode: "password reset code"
            }
            return notice("Your account was locked",
                "After \(failures) wrong \(noun)s in a row, your account does not accept another \(noun) for "
                    + "\(minutes) minute\(minutes == 1 ? "" : "s"). A device that signs in automatically still can.")
        case .mfaReset:
            return notice("Multifactor authentication was reset",
                "An administrator removed your verification methods; set MFA up again after signing in.")
        }
    }
}
