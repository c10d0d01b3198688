import Foundation

/// Fixed-format UTC date texts for message headers and file names, independent of locale.
enum UTCDateText {
    /// `Mon, 23 Nov 2026 11:29:21 +0000` (RFC 5322 §3.3).
    static func rfc5322(_ date: Date) -> String {
        let c = components(date)
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d +0000",
                      weekdays[c.weekday! - 1], c.day!, months[c.month! - 1], c.year!, c.hour!, c.minute!, c.second!)
    }

    /// `20261123T112921.123456Z`: fixed width to the microsecond, so such texts sort as the times do.
    static func sortable(_ date: Date) -> String {
        let microseconds = Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
        let (seconds, fraction) = microseconds.quotientAndRemainder(dividingBy: 1_000_000)
        let c = components(Date(timeIntervalSince1970: TimeInterval(seconds)))
        return String(format: "%04d%02d%02dT%02d%02d%02d.%06dZ",
                      c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!, Int(fraction))
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: date)
    }
}
