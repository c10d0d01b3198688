import AuthModel

/// The organization's own words (`GET /v1/service`) as the screens and help put them, and what
/// a password reset does by its policy. Nil while the server has not said: the texts then do not
/// guess.
struct ServiceText {
    let service: ServiceInfo?

    /// `Support: IT Service Desk, help@example.ac.jp (Weekdays 9:00-17:00)`; nil without a contact.
    var supportLine: String? {
        guard let contact = service?.supportContact else { return nil }
        return "Support: \(contact)" + (service?.supportHours.map { " (\($0))" } ?? "")
    }

    /// Whom to ask, inside a sentence: the contact, or the service's support in general.
    var whomToAsk: String {
        service?.supportContact ?? "your service's support"
    }

    var notices: [String] { service?.notices ?? [] }
    var links: [ServiceLink] { service?.links ?? [] }

    /// What a password reset does to the MFA methods, in a sentence.
    var resetConsequence: String {
        switch service?.resetPolicy {
        case .clearMFA?:
            "A password reset also removes your MFA methods and recovery codes: after signing in with the new "
                + "password you set up a method again."
        case .keepMFA?:
            "A password reset keeps your MFA methods: you still need one of them, or a recovery code, to sign in."
        case nil:
            "Whether a password reset also removes your MFA methods depends on the service."
        }
    }
}
