import TerminalUI

/// MFA is enabled but no method is left (a password reset cleared them): the session is good
/// only for enrolling a new method.
public struct SetupRequiredScreen: Equatable, Sendable, ScreenContent {
    public let email: String

    public init(email: String) {
        self.email = email
    }

    var title: String { "Set up verification" }
    var helpTopic: HelpTopic { .setupRequired }
    var hints: [KeyHint] { [KeyHint("Esc", "sign out")] }

    func render(into buffer: inout Buffer, area: Rect, symbols: Symbols) {
        let text = """
            Your account requires multifactor authentication, but it has no verification method: \
            resetting the password cleared them.

            Before you can use the account, register an authenticator app again (Account Settings > \
            Multifactor Authentication > Setup). Until a method is registered, nothing else can be done \
            with this sign-in.
            """
        Paragraph(text).render(into: &buffer, area: area)
    }
}
