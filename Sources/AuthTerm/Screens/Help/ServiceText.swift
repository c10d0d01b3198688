import AuthModel

/// The organization's own words (`GET /v1/service`) as the screens and help put them, and what
/// a password reset does by its policy. Nil while the server has not said: the texts then do not
/// guess.
struct ServiceText {
    let service: ServiceInfo?
    let text: Catalog

    /// `Support: IT Service Desk, help@example.ac.jp (Weekdays 9:00-17:00)`; nil without a contact.
    var supportLine: String? {
        guard let contact = service?.supportContact else { return nil }
        guard let hours = service?.supportHours else { return text(.supportLine, ["contact": contact]) }
        return text(.supportLineWithHours, ["contact": contact, "hours": hours])
    }

    /// Whom to ask, inside a sentence: the contact, or the service's support in general.
    var whomToAsk: String {
        service?.supportContact ?? text(.yourServiceSupport)
    }

    var notices: [String] { service?.notices ?? [] }
    var links: [ServiceLink] { service?.links ?? [] }

    /// What a password reset does to the MFA methods, in a sentence.
    var resetConsequence: String {
        switch service?.resetPolicy {
        case .clearMFA?: text(.resetClearsMFA)
        case .keepMFA?: text(.resetKeepsMFA)
        case nil: text(.resetPolicyUnknown)
        }
    }
}
