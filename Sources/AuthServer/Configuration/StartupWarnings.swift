import Foundation

/// What an operator must know is not real in these settings, one line each: `serve` logs them at
/// start and `check-config` prints them.
public enum StartupWarnings {
    public static func of(_ c: ServerConfiguration) -> [String] {
        var warnings: [String] = []
        if c.smtpUrl.isEmpty {
            warnings.append("Mail goes to the outbox folder \(c.outbox), not to anyone's mailbox: set smtp_url.")
        }
        switch c.smsSender {
        case .outbox:
            warnings.append("Text messages go to the outbox folder \(c.outbox), not to any phone: set sms_sender to twilio or webhook.")
        case .none:
            warnings.append("No SMS gateway is set (sms_sender), so phone numbers are not offered as a method.")
        case .twilio, .webhook:
            break
        }
        if c.tlsCert.isEmpty {
            warnings.append("The API is served over plain HTTP on \(c.listen): give it a TLS certificate (tls_cert, tls_key) "
                + "or put a TLS reverse proxy in front (trusted_proxies).")
        }
        if case .sqlite(let database)? = try? DatabaseLocation.parse(c.database),
           folder(of: database) == folder(of: c.secretsKeyFile) {
            warnings.append("The secrets key \(c.secretsKeyFile) is in the folder of the database \(database), so one backup "
                + "holds both: keep the key apart (secrets_key_file) and back it up on its own.")
        }
        return warnings
    }

    private static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
    }
}
