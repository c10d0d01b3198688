import AuthModel
import FoundationEssentials
import Glibc

/// The client's words in one language: every text it shows comes from here, by its `TextKey`.
/// A text may hold placeholders, `{name}`, filled from the values given with the key. The words
/// of each language are in a file of their own (`Catalog+English.swift`, `Catalog+Japanese.swift`).
public struct Catalog: Equatable, Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The text of `key`, each `{name}` in it replaced by `values[name]`.
    public func callAsFunction(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        let template = template(key)
        guard !values.isEmpty else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The text of `key` as written in the catalog, placeholders and all.
    func template(_ key: TextKey) -> String {
        switch language {
        case .en: Self.english(key)
        case .ja: Self.japanese(key)
        }
    }

    /// A day as this language writes it, in the local time zone: `2026-11-05`, `2026年11月5日`.
    public func day(_ date: Date) -> String {
        let time = LocalTime(date)
        return switch language {
        case .en: "\(time.year)-\(twoDigits(time.month))-\(twoDigits(time.day))"
        case .ja: "\(time.year)年\(time.month)月\(time.day)日"
        }
    }

    /// A day and the time of day: `2026-11-05 14:05`, `2026年11月5日 14:05`.
    public func dayAndTime(_ date: Date) -> String {
        let time = LocalTime(date)
        return day(date) + " \(twoDigits(time.hour)):\(twoDigits(time.minute))"
    }

    private func twoDigits(_ number: Int32) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}

/// A moment in the local time zone, as the C library knows it.
private struct LocalTime {
    let year, month, day, hour, minute: Int32

    init(_ date: Date) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var fields = tm()
        localtime_r(&seconds, &fields)
        (year, month, day) = (fields.tm_year + 1900, fields.tm_mon + 1, fields.tm_mday)
        (hour, minute) = (fields.tm_hour, fields.tm_min)
    }
}
