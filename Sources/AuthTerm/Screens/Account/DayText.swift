import FoundationEssentials
import Glibc

/// A date as the day it falls on, `2026-11-20`, in the local time zone (as the C library knows it).
enum DayText {
    static func of(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var day = tm()
        localtime_r(&seconds, &day)
        return "\(day.tm_year + 1900)-\(twoDigits(day.tm_mon + 1))-\(twoDigits(day.tm_mday))"
    }

    private static func twoDigits(_ number: Int32) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
