import AuthModel
import FoundationEssentials
import Glibc

/// One message of the demo server's outbox: a mail (`.eml`) or a text message (`.sms`).
public struct MailboxMessage: Equatable, Sendable {
    public var isSMS: Bool
    /// When it was sent; nil when its `Date` header cannot be read.
    public var date: Date?
    public var to: String
    /// The mail's subject, decoded; empty for a text message.
    public var subject: String
    public var body: String

    public init(isSMS: Bool, date: Date?, to: String, subject: String, body: String) {
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
            isSMS: isSMS, date: headers["date"].flatMap(Self.date(rfc5322:)), to: headers["to"] ?? "",
            subject: isSMS ? "" : Self.decodedWords(headers["subject"] ?? ""),
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

    /// `Mon, 23 Nov 2026 11:29:21 +0000` (RFC 5322, as the server writes it), or nil.
    static func date(rfc5322 text: String) -> Date? {
        let fields = text.split(separator: " ")
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard fields.count == 6, let day = Int32(fields[1]), let month = months.firstIndex(of: String(fields[2])),
              let year = Int32(fields[3]), case let time = fields[4].split(separator: ":").compactMap({ Int32($0) }),
              time.count == 3, let zone = Int(fields[5]), fields[5].count == 5
        else { return nil }
        var parts = tm()
        (parts.tm_year, parts.tm_mon, parts.tm_mday) = (year - 1900, Int32(month), day)
        (parts.tm_hour, parts.tm_min, parts.tm_sec) = (time[0], time[1], time[2])
        let offset = (zone / 100 * 60 + zone % 100) * 60
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts) - offset))
    }

    /// A header with RFC 2047 encoded words (`=?UTF-8?B?…?=`, as the server writes a subject that is
    /// not ASCII) as the text it stands for; other text as it is.
    static func decodedWords(_ header: String) -> String {
        let words = header.split(separator: " ")
        let decoded = words.map { word -> String? in
            let parts = word.split(separator: "?", omittingEmptySubsequences: false)
            guard parts.count == 5, parts[0] == "=", parts[4] == "=", parts[1].lowercased() == "utf-8",
                  parts[2].uppercased() == "B", let data = Data(base64Encoded: String(parts[3]))
            else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        // Whitespace between encoded words is not part of the text (RFC 2047, section 6.2).
        guard decoded.allSatisfy({ $0 != nil }) else { return header }
        return decoded.compactMap { $0 }.joined()
    }
}
