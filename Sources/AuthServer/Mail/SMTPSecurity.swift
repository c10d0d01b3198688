/// How mail to the SMTP server is protected (the `smtp_tls` setting).
public enum SMTPSecurity: String, Codable, CaseIterable, Sendable {
    /// TLS before anything is sent: STARTTLS over `smtp://`, or TLS from the start over `smtps://`;
    /// a server that does not offer it gets no mail.
    case required
    /// Plain SMTP, allowed only for a relay on a loopback address.
    case none
}
