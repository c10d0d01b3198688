/// What the organization that runs the server tells its users, from the server's settings:
/// `GET /v1/service`, asked before signing in. The client shows the support line and notices on
/// the MFA screens and in help, lists the links, and words a reset's consequences by the policy.
public struct ServiceInfo: Codable, Equatable, Sendable {
    /// The organization's name, as authenticator apps show it.
    public var issuer: String
    /// Whom to ask for help (`IT Service Desk, help@example.ac.jp, 03-1234-5678`).
    public var supportContact: String?
    /// When support answers (`Weekdays 9:00-17:00`).
    public var supportHours: String?
    /// A few short texts for users (which apps to use, planned maintenance ...).
    public var notices: [String]
    /// Manuals and other pages.
    public var links: [ServiceLink]
    public var resetPolicy: PasswordResetPolicy
    /// The kinds of method users may register here: without an SMS gateway, no `sms`.
    public var methods: [MethodKind]

    public init(
        issuer: String, supportContact: String? = nil, supportHours: String? = nil, notices: [String] = [],
        links: [ServiceLink] = [], resetPolicy: PasswordResetPolicy, methods: [MethodKind] = MethodKind.allCases
    ) {
        self.issuer = issuer
        self.supportContact = supportContact
        self.supportHours = supportHours
        self.notices = notices
        self.links = links
        self.resetPolicy = resetPolicy
        self.methods = methods
    }
}

/// A page of the organization's, titled: a manual, the help desk's site.
public struct ServiceLink: Codable, Equatable, Hashable, Sendable {
    public var title: String
    /// An `https:` (or `http:`) address.
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}
