/// The kinds of secret whose failures are counted per account, each on its own: a success of one
/// kind never clears the failures of another.
enum SecretKind: String, CaseIterable, Sendable {
    case password
    /// A code from a registered method, or a recovery code, at sign-in or in re-authentication.
    case secondFactor = "second-factor"
    case resetCode = "reset-code"
}

/// What a client may ask the server to send or start, each within a budget of its own, so that
/// spending one (anonymous reset requests, say) never starves another (the owner's sign-in SMS).
enum SendAction: String, CaseIterable, Sendable {
    case signInStart = "sign-in-start"
    case resetMail = "reset-mail"
    case signInSMS = "sign-in-sms"
    /// A code texted to a registered phone to confirm it is the owner again (a signed-in session).
    case reauthenticationSMS = "reauthentication-sms"
    case phoneSetup = "phone-setup"
}
