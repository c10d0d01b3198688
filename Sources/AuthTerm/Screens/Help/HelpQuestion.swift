/// What people ask about multifactor authentication, each with its answer. Answers that depend
/// on the service (its reset policy, whom to ask) are worded from what its server said.
public enum HelpQuestion: CaseIterable, Hashable, Sendable {
    case cannotSignIn, newPhone, lostPhone, deletedFromApp, numberChanged, turnOff, recoveryCodes, whichApps
    case codeAlwaysWrong

    public var title: String {
        switch self {
        case .cannotSignIn: "I enabled MFA and cannot sign in"
        case .newPhone: "I have a new phone"
        case .lostPhone: "I lost my phone"
        case .deletedFromApp: "I deleted the account from the app"
        case .numberChanged: "My phone number changed"
        case .turnOff: "Can I turn MFA off?"
        case .recoveryCodes: "What are recovery codes?"
        case .whichApps: "Which apps work?"
        case .codeAlwaysWrong: "The code is always wrong"
        }
    }

    func answer(_ service: ServiceText) -> String {
        switch self {
        case .cannotSignIn:
            """
            On the verification screen, choose another way under "Other ways to verify": a second \
            authenticator app, an SMS code to your phone, or one of your recovery codes. If the app's \
            code is refused, see "The code is always wrong". With none of these at hand, choose Forgot \
            Password? on the sign-in screen. \(service.resetConsequence) Still stuck? Ask \(service.whomToAsk).
            """
        case .newPhone:
            """
            While you still have the old phone: sign in, open Avatar Menu > Account Settings > \
            Multifactor Authentication, select the old phone's app and choose Replace (r), then scan the \
            new code with the new phone. The old registration is removed once the new one works. An app \
            that moves its accounts with a backup (Microsoft Authenticator, Twilio Authy) keeps working too.
            """
        case .lostPhone:
            """
            Sign in with another method (a second app, an SMS code, or a recovery code), then remove the \
            lost phone's method (d) and set up the new phone (s or p). With no other method: Forgot \
            Password? on the sign-in screen. \(service.resetConsequence)
            """
        case .deletedFromApp:
            """
            The app no longer has the codes, but the registration here remains. Sign in with another \
            method or a recovery code, select the method and choose Replace (r) to scan a new code. With \
            no other method: Forgot Password? on the sign-in screen. \(service.resetConsequence)
            """
        case .numberChanged:
            """
            Add the new number (Add phone number, p) and enter the code sent to it, then remove the old \
            number (d); or select the old number and choose Replace (r). If the code goes to a number you \
            no longer have, sign in with another method or a recovery code first.
            """
        case .turnOff:
            """
            No. Once enabled, multifactor authentication stays on for your account. You can add, replace, \
            rename and remove methods at any time, except the last one.
            """
        case .recoveryCodes:
            """
            Ten codes for when none of your methods is at hand; each works once. Once MFA is on, generate \
            them under Multifactor Authentication > Recovery codes (c) and keep them on paper or in a \
            password manager. New codes replace the old ones; using one sends you a mail.
            """
        case .whichApps:
            """
            Google Authenticator, Microsoft Authenticator and Twilio Authy, for iOS and Android; any app \
            for time-based codes (TOTP: 6 digits every 30 seconds) works. Or use a phone number for SMS codes.
            """
        case .codeAlwaysWrong:
            """
            The codes follow the clock: set the phone's date and time to automatic (network time), then \
            type the next code. Use the entry for this account (its issuer and your e-mail). Google \
            Authenticator on Android: Settings > Time correction for codes > Sync now.
            """
        }
    }
}
