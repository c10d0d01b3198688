import AuthModel
import Foundation

/// `GET /v1/service`: the organization's own words from the settings, for anyone, before sign-in.
struct ServiceRoutes {
    let service: ServiceInfo

    /// The answer, checked once at start: settings that a terminal should not show (control
    /// characters, a link that is not http or https) stop the server with the setting named.
    /// Spaces and line breaks around a text (YAML block scalars end in one) are dropped.
    /// Without `offersSMS` (no SMS gateway), the methods leave out phone numbers.
    init(configuration: ServerConfiguration, offersSMS: Bool) throws {
        let contact = Self.trimmed(configuration.supportContact), hours = Self.trimmed(configuration.supportHours)
        let notices = configuration.notices.map(Self.trimmed).filter { !$0.isEmpty }
        let links = configuration.links.map { ServiceLink(title: Self.trimmed($0.title), url: Self.trimmed($0.url)) }
        let texts: [(setting: String, text: String)] = [("support_contact", contact), ("support_hours", hours)]
            + notices.map { ("notices", $0) } + links.flatMap { [("links", $0.title), ("links", $0.url)] }
        for (setting, text) in texts where text.unicodeScalars.contains(where: \.properties.generalCategory.isControlOrFormat) {
            throw ConfigurationFile.Problem(
                description: "The setting \"\(setting)\" holds a control character: \(TerminalSafeText.escaped(String(text.prefix(64))))",
                setting: setting)
        }
        for link in links {
            let scheme = link.url.prefix { $0 != ":" }.lowercased()
            guard scheme == "https" || scheme == "http", link.url.count > scheme.count + 3, !link.title.isEmpty else {
                throw ConfigurationFile.Problem(
                    description: "The setting \"links\" holds \"\(link.title.prefix(64))\" with \"\(link.url.prefix(64))\"; "
                        + "each link needs a title and an http or https address.",
                    setting: "links")
            }
        }
        service = ServiceInfo(
            issuer: configuration.issuer, supportContact: contact.isEmpty ? nil : contact,
            supportHours: hours.isEmpty ? nil : hours, notices: notices, links: links,
            resetPolicy: configuration.onPasswordReset,
            methods: offersSMS ? MethodKind.allCases : [.totp])
    }

    func register(on routes: OperationRouter) {
        let service = service
        routes.on(.getService) { _ in service }
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
