extension Notifier {
    /// Tells the account holder that something changed in their account's security.
    func notice(_ user: UserRecord, subject: String, _ what: String) {
        mail(
            to: user.email, subject: subject,
            body: """
                Hello \(user.displayName),

                \(what)

                If this was not you, reset your password now and contact your administrator.
                """)
    }
}
