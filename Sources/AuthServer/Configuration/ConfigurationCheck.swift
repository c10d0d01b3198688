import Foundation
import NIOSSL

/// What every setting must be before the server uses it: numbers within their bounds, addresses
/// and URLs of the right shape, settings that go together given together; and, for `serve` and
/// `check-config`, the files the settings name readable and of the right kind.
enum ConfigurationCheck {
    /// One setting that is wrong: its name, and a sentence that names it and says what it must be.
    struct Problem: Equatable, Sendable, CustomStringConvertible {
        var key: String
        var description: String

        init(key: String, message: String) {
            self.key = key
            description = "The setting \"\(key)\" \(message)."
        }

        /// A problem the settings' own parsing found, which names its setting.
        init(_ problem: ConfigurationFile.Problem) {
            key = problem.setting ?? ""
            description = problem.description
        }
    }

    /// Every problem of `configuration` that needs no file.
    static func problems(_ configuration: ServerConfiguration) -> [Problem] {
        var problems: [Problem] = []
        func check(_ condition: Bool, _ key: String, _ message: @autoclosure () -> String) {
            if !condition { problems.append(Problem(key: key, message: message())) }
        }
        for bound in SettingBounds.all {
            let value = configuration[keyPath: bound.value]
            check(bound.range.contains(value), bound.key,
                  "must be from \(bound.range.lowerBound) to \(bound.range.upperBound); it is \(value)")
        }
        let c = configuration
        check(c.passwordMaxLength >= c.passwordMinLength, "password_max_length",
              "must not be below password_min_length (\(c.passwordMinLength))")
        check(c.lockoutMaxDuration >= c.lockoutBaseDuration, "lockout_max_duration",
              "must not be below lockout_base_duration (\(c.lockoutBaseDuration))")
        check(c.auditRetention == 0 || c.auditRetention >= SettingBounds.day, "audit_retention",
              "must be 0 (keep every event) or at least a day (86400)")

        check(isPrintable(c.issuer) && !c.issuer.isEmpty && c.issuer.count <= 64, "issuer",
              "must be a name of 1 to 64 characters without control characters")
        check(isPrintable(c.mailFrom) && InternetMessage.address(of: c.mailFrom).contains("@"), "mail_from",
              "must be an address, as in \"authterm <no-reply@example.org>\"")
        check(!c.outbox.isEmpty, "outbox", "must name a folder")
        check(!c.secretsKeyFile.isEmpty, "secrets_key_file", "must name a file")
        do {
            _ = try DatabaseLocation.parse(c.database)
        } catch {
            problems.append(Problem(key: "database", message: "is not a database location: \(error)"))
        }

        let listen = ListenAddress(c.listen)
        check(listen != nil, "listen", "must be HOST:PORT, as in 127.0.0.1:8080; it is \"\(c.listen)\"")
        check(c.metricsListen == "none" || ListenAddress(c.metricsListen) != nil, "metrics_listen",
              "must be HOST:PORT, as in 127.0.0.1:9464, or none; it is \"\(c.metricsListen)\"")
        check(c.tlsCert.isEmpty == c.tlsKey.isEmpty, c.tlsCert.isEmpty ? "tls_cert" : "tls_key",
              "must be given together with \(c.tlsCert.isEmpty ? "tls_key" : "tls_cert")")
        if let listen, c.tlsCert.isEmpty, !listen.isLoopback, !c.allowPlainHttp {
            problems.append(Problem(
                key: "listen",
                message: "is \(listen), not a loopback address, and the API would be plain HTTP there: give tls_cert and "
                    + "tls_key (--tls-cert, --tls-key), or allow_plain_http (--allow-plain-http) behind a TLS proxy"))
        }

        problems += smtpProblems(c) + smsProblems(c)
        // The proxies and the service's words are checked where they are read, at start.
        let parsed: [() throws -> Void] = [
            { _ = try ClientAddressResolver(trustedProxies: c.trustedProxies) }, { _ = try ServiceRoutes(configuration: c, offersSMS: c.smsSender != .none) },
        ]
        for parse in parsed {
            do {
                try parse()
            } catch let problem as ConfigurationFile.Problem {
                problems.append(Problem(problem))
            } catch {
                problems.append(Problem(key: "", message: "\(error)"))
            }
        }
        for origin in c.allowedOrigins where !isOrigin(origin) {
            problems.append(Problem(
                key: "allowed_origins", message: "holds \"\(origin.prefix(64))\", which is not an origin like https://app.example.org"))
        }
        return problems
    }

    /// The problems of the files the settings name: the TLS certificate and key, the gateway's token,
    /// the SMTP server's CA, the database's password file.
    static func fileProblems(_ c: ServerConfiguration) -> [Problem] {
        var problems: [Problem] = []
        if !c.tlsCert.isEmpty, !c.tlsKey.isEmpty {
            do {
                _ = try TLSFiles(certificate: c.tlsCert, key: c.tlsKey).serverConfiguration()
            } catch let error as TLSFiles.Problem {
                problems.append(Problem(key: error.setting, message: error.message))
            } catch {
                problems.append(Problem(key: "tls_cert", message: "\(error)"))
            }
        }
        let tokens: [(key: String, path: String, used: Bool)] = [
            ("twilio_auth_token_file", c.twilioAuthTokenFile, c.smsSender == .twilio),
            ("sms_webhook_token_file", c.smsWebhookTokenFile, c.smsSender == .webhook),
        ]
        for token in tokens where token.used {
            do {
                _ = try TokenFile.read(token.path, setting: token.key)
            } catch {
                problems.append(Problem(key: token.key, message: "names \(token.path), which cannot be read or holds more than one token"))
            }
        }
        for (key, path) in [("smtp_ca_file", c.smtpCaFile), ("database_password_file", c.databasePasswordFile)]
        where !path.isEmpty && !FileManager.default.isReadableFile(atPath: path) {
            problems.append(Problem(key: key, message: "names \(path), which cannot be read"))
        }
        return problems
    }

    private static func smtpProblems(_ c: ServerConfiguration) -> [Problem] {
        guard !c.smtpUrl.isEmpty else { return [] }
        guard let url = URLComponents(string: c.smtpUrl), let scheme = url.scheme?.lowercased(),
              scheme == "smtp" || scheme == "smtps", let host = url.host, !host.isEmpty
        else { return [Problem(key: "smtp_url", message: "must be smtp://HOST[:PORT] or smtps://HOST[:PORT]")] }
        if c.smtpTls == .none, scheme == "smtp", !ListenAddress.isLoopback(host: host) {
            return [Problem(
                key: "smtp_tls", message: "is none, which only a relay on a loopback address may take; \(host) is not one")]
        }
        return []
    }

    private static func smsProblems(_ c: ServerConfiguration) -> [Problem] {
        var problems: [Problem] = []
        func check(_ condition: Bool, _ key: String, _ message: String) {
            if !condition { problems.append(Problem(key: key, message: message)) }
        }
        switch c.smsSender {
        case .none, .outbox:
            break
        case .twilio:
            check(isTwilioID(c.twilioAccountSid, prefix: "AC"), "twilio_account_sid", "must be Twilio's account SID, AC and 32 hex digits")
            check(!c.twilioAuthTokenFile.isEmpty, "twilio_auth_token_file", "must name the file holding the auth token")
            check((try? PhoneNumber.normalized(c.twilioFrom)) == c.twilioFrom || isTwilioID(c.twilioFrom, prefix: "MG"),
                  "twilio_from", "must be a phone number in international form (+15551234567) or a messaging service SID (MG…)")
            check(isGatewayURL(c.twilioBaseUrl), "twilio_base_url", "must be an https URL (http only to a loopback address)")
        case .webhook:
            check(isGatewayURL(c.smsWebhookUrl), "sms_webhook_url", "must be an https URL (http only to a loopback address)")
            check(!c.smsWebhookTokenFile.isEmpty, "sms_webhook_token_file", "must name the file holding the bearer token")
        }
        return problems
    }

    /// https to anywhere, or http to this machine: gateways get phone numbers and codes.
    private static func isGatewayURL(_ text: String) -> Bool {
        guard let url = URLComponents(string: text), let host = url.host, !host.isEmpty, url.user == nil,
              url.query == nil, url.fragment == nil
        else { return false }
        return url.scheme == "https" || (url.scheme == "http" && ListenAddress.isLoopback(host: host))
    }

    private static func isTwilioID(_ text: String, prefix: String) -> Bool {
        text.hasPrefix(prefix) && text.count == 34 && text.dropFirst(2).allSatisfy(\.isHexDigit)
    }

    /// `https://app.example.org` or `http://localhost:3000`: a scheme and a host, nothing after.
    private static func isOrigin(_ text: String) -> Bool {
        guard let url = URLComponents(string: text), let host = url.host, !host.isEmpty else { return false }
        return ["http", "https"].contains(url.scheme ?? "") && url.path.isEmpty && url.query == nil && url.user == nil
    }

    private static func isPrintable(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.properties.generalCategory.isControlOrFormat }
    }
}
