import AuthModel
import FoundationEssentials

/// One message of the demo server's outbox: a mail (`.eml`) or a text message (`.sms`).
public struct MailboxMessage: Equatable, Sendable {
    public var isSMS: Bool
    public var date: String
    public var to: String
    public var subject: String
    public var body: String

    public init(isSMS: Bool, date: String, to: String, subject: String, body: String) {
        self.isSMS = isSMS
        self.date = date
        self.to = to
        self.subject = subject
        self.body = body
    }

    /// Reads a file of headers, a blank line and a body (CRLF or LF line ends).
    public init(parsing text: String, isSMS: Bool) {
        let normalized = text.replacing("\r\n", with: "\n")
        let parts = normalized.components(separatedBy: "\n\n")
        var headers: [String: String] = [:]
        for line in (parts.first ?? "").split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmed
        }
        self.init(
            isSMS: isSMS, date: headers["date"] ?? "", to: headers["to"] ?? "",
            subject: isSMS ? "Text message" : headers["subject"] ?? "(no subject)",
            body: parts.dropFirst().joined(separator: "\n\n").trimmed)
    }

    /// The messages of an outbox folder, newest first; unreadable files are skipped.
    public static func load(folder: String) -> [MailboxMessage] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted(by: >).compactMap { name in
            let isSMS = name.hasSuffix(".sms")
            guard isSMS || name.hasSuffix(".eml"),
                  let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { return nil }
            return MailboxMessage(parsing: text, isSMS: isSMS)
        }
    }
}
