import Foundation

/// What a phone's authenticator app does in the terminal tests: it reads the registration code off
/// the screen as a camera would, and gives the codes of the secret it holds.
public enum AuthenticatorApp {
    /// The title line of the setup wizard's scan step.
    public static let scanTitle = "Scan with the app, or type the key"

    /// Reads the registration code on the scan step (titled `title`, as the client's language
    /// words it), on a terminal of `scheme`; checks that its otpauth URI names `account` at the
    /// issuer `authterm`; returns the secret.
    public static func scan(
        _ terminal: TmuxSession, account: String, scheme: ColorScheme = .dark, title: String = scanTitle
    ) throws -> String {
        try terminal.waitFor(title)
        let uri = try terminal.picture().decodeQR(scheme)
        guard let parts = URLComponents(string: uri), parts.scheme == "otpauth", parts.host == "totp",
              parts.path == "/authterm:\(account)"
        else { throw Command.Failed("not the otpauth URI of \(account): \(uri)") }
        let query = parts.queryItems ?? []
        guard query.contains(URLQueryItem(name: "issuer", value: "authterm")),
              let secret = query.first(where: { $0.name == "secret" })?.value
        else { throw Command.Failed("the URI names another issuer or no secret: \(uri)") }
        return secret
    }

    /// The app's code for `secret` at now + `offset` seconds, by oathtool.
    public static func code(_ secret: String, offset: Int = 0) throws -> String {
        let oathtool = try MissingTool.require("oathtool", package: "oathtool")
        let time = "@\(Int(Date().timeIntervalSince1970) + offset)"
        return try Command.run(oathtool, ["--totp", "-b", secret, "--now", time]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
