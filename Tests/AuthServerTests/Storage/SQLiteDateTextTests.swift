import Foundation
import GRDB
import Testing

@testable import AuthServer

/// `SQLiteDateText` against GRDB's own date formatter and parser, which it stands in for.
@Suite struct SQLiteDateTextTests {
    /// Times across the years it writes itself, halfway between milliseconds, and near the ends of days,
    /// months, leap days and centuries.
    private static let dates: [Date] = {
        var generator = SystemRandomNumberGenerator()
        let calendarDates = [
            "1583-01-01 00:00:00.000", "1600-02-29 23:59:59.999", "1899-12-31 23:59:59.999", "1900-03-01 00:00:00.000",
            "1969-12-31 23:59:59.999", "1970-01-01 00:00:00.000", "2000-02-29 12:00:00.500", "2026-12-02 13:04:49.123",
            "2100-02-28 23:59:59.999", "2100-03-01 00:00:00.001", "9999-12-31 23:59:59.999",
        ].map { Date.fromDatabaseValue($0.databaseValue)! }
        let nearMilliseconds = calendarDates.flatMap { date in
            [-0.000_4, -0.000_000_1, 0, 0.000_000_1, 0.000_4, 0.000_999_9].map { date.addingTimeInterval($0) }
        }
        let random = (0..<2000).map { _ in
            Date(timeIntervalSince1970: Double.random(in: -12_000_000_000...253_000_000_000, using: &generator))
        }
        // Halfway between two milliseconds, where rounding up and rounding away from zero part before 1970.
        let halves = (0..<400).map { _ in
            let millisecond = Int64.random(in: -12_000_000_000_000...253_000_000_000_000, using: &generator)
            return Date(timeIntervalSince1970: (Double(millisecond) + 0.5) / 1000)
        }
        let outside = ["1582-10-04 12:00:00.000", "0900-06-15 08:30:00.250"].map { Date.fromDatabaseValue($0.databaseValue)! }
        return calendarDates + nearMilliseconds + random + halves + outside + [Date(timeIntervalSince1970: 253_402_300_800)]
    }()

    @Test func writesGRDBsTextToTheByte() {
        for date in Self.dates {
            #expect(SQLiteDateText.text(date) == String.fromDatabaseValue(date.databaseValue), "\(date.timeIntervalSince1970)")
        }
    }

    /// The same instant to well under the millisecond the text keeps (GRDB's calendar loses a few
    /// microseconds in the far future), and so the same text again.
    @Test func readsGRDBsTextAsGRDBDoes() throws {
        for date in Self.dates {
            let text = SQLiteDateText.text(date)
            guard text >= "1583", let grdb = Date.fromDatabaseValue(text.databaseValue) else { continue }
            let read = try #require(Self.read(text), "\(text)")
            #expect(abs(read.timeIntervalSince(grdb)) < 0.000_1, "\(text)")
            #expect(SQLiteDateText.text(read) == text)
        }
    }

    @Test func leavesEveryOtherTextToGRDB() {
        for text in [
            "2026-12-02 13:04:49", "2026-12-02T13:04:49.123", "2026-12-02 13:04:49.123Z", "2026-02-30 00:00:00.000",
            "2026-13-01 00:00:00.000", "2026-12-02 24:00:00.000", "2026-12-02 13:60:00.000", "1582-10-15 00:00:00.000",
            "2026-12-02 13:04:4x.123", "+026-12-02 13:04:49.123", "2026-12-02 13:04:49,123",
        ] {
            #expect(Self.read(text) == nil, "\(text)")
        }
    }

    private static func read(_ text: String) -> Date? {
        Array(text.utf8).withUnsafeBufferPointer(SQLiteDateText.date)
    }
}
