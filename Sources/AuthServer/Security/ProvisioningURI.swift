import AuthModel

/// The `otpauth://` URI an authenticator app reads from the registration QR code (Google's Key
/// Uri Format, which Microsoft Authenticator and Twilio Authy read too).
enum ProvisioningURI {
    /// `otpauth://totp/Issuer:account?secret=...&issuer=Issuer`. As short as the apps allow, so
    /// the QR code stays small enough for an 80x24 terminal: SHA-1, 6 digits and 30 seconds are
    /// what the apps assume without `algorithm`, `digits` and `period`. The issuer is both the
    /// label's prefix (read by older apps) and a parameter (read by newer ones), as Google
    /// recommends. Issuer and account are percent-encoded, except for the `@` of an e-mail,
    /// which RFC 3986 allows in a path and the apps' own examples show as is.
    static func totp(secret: String, issuer: String, account: String) -> String {
        let label = PercentEncoding.encoded(issuer) + ":" + PercentEncoding.encoded(account, keeping: "@")
        return "otpauth://totp/\(label)?secret=\(PercentEncoding.encoded(secret))&issuer=\(PercentEncoding.encoded(issuer))"
    }
}
