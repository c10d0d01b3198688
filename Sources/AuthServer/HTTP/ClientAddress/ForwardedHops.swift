import Foundation
/// The client addresses proxies recorded, oldest first; nil for a hop that is not an address
/// (`unknown`, an obfuscated name, garbage).
enum ForwardedHops {
    /// `X-Forwarded-For: 203.0.113.7, 10.0.0.2` (possibly over several header lines).
    static func xForwardedFor(_ lines: [String]) -> [IPAddress?] {
        lines.flatMap { $0.split(separator: ",") }.map { address(in: $0) }
    }

    /// `Forwarded: for=203.0.113.7;proto=https, for="[2001:db8::1]:4711"`.
    static func forwarded(_ lines: [String]) -> [IPAddress?] {
        lines.flatMap { $0.split(separator: ",") }.map { element in
            let pairs = element.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let value = pairs.first(where: { $0.lowercased().hasPrefix("for=") })?.dropFirst(4) else { return nil }
            return address(in: value)
        }
    }

    /// The address in a hop: quotes, brackets and a port are dropped.
    static func address(in hop: some StringProtocol) -> IPAddress? {
        var text = Substring(hop.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = text.dropFirst().dropLast() }
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            return IPAddress(text[text.index(after: text.startIndex)..<close])
        }
        if text.filter({ $0 == ":" }).count == 1 { text = text.prefix { $0 != ":" } }
        return IPAddress(text)
    }
}
