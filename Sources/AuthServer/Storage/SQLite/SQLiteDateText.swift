import AuthModel
import Foundation
import GRDB

/// GRDB's text for a `Date`, `yyyy-MM-dd HH:mm:ss.SSS` in UTC, written and read by arithmetic rather
/// than by a date formatter and a calendar: the rows that every sign-in and resume writes and reads hold
/// several dates. The texts are GRDB's to the byte, so that columns compare and sort as before. Years
/// outside 1583...9999 (before the Gregorian calendar, or not four digits) are left to GRDB.
enum SQLiteDateText {
    /// The text GRDB stores for `date`.
    static func text(_ date: Date) -> String {
        // To the nearest millisecond, halves up (towards the future), as GRDB's formatter rounds.
        let milliseconds = (date.timeIntervalSince1970 * 1000 + 0.5).rounded(.down)
        guard milliseconds >= firstMillisecond, milliseconds < endMillisecond else {
            return String.fromDatabaseValue(date.databaseValue) ?? ""
        }
        var (days, millisecondOfDay) = Int(milliseconds).quotientAndRemainder(dividingBy: 86_400_000)
        if millisecondOfDay < 0 { (days, millisecondOfDay) = (days - 1, millisecondOfDay + 86_400_000) }
        let (year, month, day) = CivilDays.civil(days)
        let (second, millisecond) = millisecondOfDay.quotientAndRemainder(dividingBy: 1000)
        var bytes = [UInt8]()
        bytes.reserveCapacity(23)
        func digits(_ value: Int, _ count: Int, then separator: UInt8?) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
            if let separator { bytes.append(separator) }
        }
        digits(year, 4, then: UInt8(ascii: "-"))
        digits(month, 2, then: UInt8(ascii: "-"))
        digits(day, 2, then: UInt8(ascii: " "))
        digits(second / 3600, 2, then: UInt8(ascii: ":"))
        digits(second / 60 % 60, 2, then: UInt8(ascii: ":"))
        digits(second % 60, 2, then: UInt8(ascii: "."))
        digits(millisecond, 3, then: nil)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The date of a text in exactly GRDB's form; nil for any other text.
    static func date(_ text: UnsafeBufferPointer<UInt8>) -> Date? {
        guard text.count == 23 else { return nil }
        var failed = false
        func number(_ start: Int, _ count: Int, before separator: UInt8?) -> Int {
            var value = 0
            for index in start..<(start + count) {
                let digit = Int(text[index]) - Int(UInt8(ascii: "0"))
                if digit < 0 || digit > 9 { failed = true }
                value = value * 10 + digit
            }
            if let separator, text[start + count] != separator { failed = true }
            return value
        }
        let year = number(0, 4, before: UInt8(ascii: "-")), month = number(5, 2, before: UInt8(ascii: "-"))
        let day = number(8, 2, before: UInt8(ascii: " ")), hour = number(11, 2, before: UInt8(ascii: ":"))
        let minute = number(14, 2, before: UInt8(ascii: ":")), second = number(17, 2, before: UInt8(ascii: "."))
        let millisecond = number(20, 3, before: nil)
        let days = CivilDays.days(year: year, month: month, day: day)
        guard !failed, year >= 1583, hour < 24, minute < 60, second < 60, CivilDays.civil(days) == (year, month, day)
        else { return nil }
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds * 1000 + millisecond) / 1000)
    }

    /// 1583-01-01 and 10000-01-01, in milliseconds since 1970.
    private static let firstMillisecond = Double(CivilDays.days(year: 1583, month: 1, day: 1)) * 86_400_000
    private static let endMillisecond = Double(CivilDays.days(year: 10000, month: 1, day: 1)) * 86_400_000
}

extension Date {
    /// The text SQLite stores for this date: GRDB's, by `SQLiteDateText`.
    var sqliteText: String { SQLiteDateText.text(self) }
}
