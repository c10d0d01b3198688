import FoundationEssentials

/// Writes an `Encodable` value in the API's JSON dialect (see `WireJSON`): snake_case keys, sorted;
/// dates as ISO 8601 in whole seconds (UTC); slashes and non-ASCII text as they are.
///
/// It writes the text Foundation's `JSONEncoder` writes with those settings (a test holds the two to
/// every wire sample), in a fraction of the time: every answer of the server is written here, and
/// converting each key anew and formatting dates through a calendar, as `JSONEncoder` does, took more
/// of an authenticated request than its database read.
struct WireJSONEncoder {
    func encode(_ value: some Encodable) throws -> Data {
        var text: [UInt8] = []
        text.reserveCapacity(256)
        try WireValue.of(value).write(to: &text)
        return Data(text)
    }
}

/// A value on its way to JSON text. Containers are shared boxes, so that a nested container keeps
/// filling the value its parent already holds.
enum WireValue {
    case object(Members)
    case array(Elements)
    case string(String)
    case date(Date)
    /// A number or `true`/`false`/`null`, written as it is.
    case literal(String)
    /// What a `superEncoder` wrote, known once the caller is done with it.
    case deferred(Encoding)

    final class Members {
        var entries: [(key: String, value: WireValue)] = []

        init() { entries.reserveCapacity(8) }
    }

    final class Elements {
        var items: [WireValue] = []
    }

    /// The value of `value`, with dates and the plain types written at once.
    static func of(_ value: some Encodable) throws -> WireValue {
        switch value {
        case let date as Date: return .date(date)
        case let string as String: return .string(string)
        case let flag as Bool: return .literal(flag ? "true" : "false")
        case let number as Int: return .literal(String(number))
        case let number as any BinaryInteger: return .literal(String(describing: number))
        case let number as Double: return .literal(try number.wireText)
        case let number as Float: return .literal(try Double(number).wireText)
        default:
            let encoding = Encoding()
            try value.encode(to: encoding)
            return encoding.value ?? .object(Members())
        }
    }

    func write(to text: inout [UInt8]) throws {
        switch self {
        case .object(let members):
            text.append(UInt8(ascii: "{"))
            for (index, entry) in members.entries.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
                .enumerated()
            {
                if index > 0 { text.append(UInt8(ascii: ",")) }
                Self.writeString(entry.key, to: &text)
                text.append(UInt8(ascii: ":"))
                try entry.value.write(to: &text)
            }
            text.append(UInt8(ascii: "}"))
        case .array(let elements):
            text.append(UInt8(ascii: "["))
            for (index, item) in elements.items.enumerated() {
                if index > 0 { text.append(UInt8(ascii: ",")) }
                try item.write(to: &text)
            }
            text.append(UInt8(ascii: "]"))
        case .string(let string):
            Self.writeString(string, to: &text)
        case .date(let date):
            text.append(UInt8(ascii: "\""))
            WireDate.write(date, to: &text)
            text.append(UInt8(ascii: "\""))
        case .literal(let literal):
            text.append(contentsOf: literal.utf8)
        case .deferred(let encoding):
            try (encoding.value ?? .object(Members())).write(to: &text)
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    private static func writeString(_ string: String, to text: inout [UInt8]) {
        text.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                text.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: text.append(byte)
            }
        }
        text.append(UInt8(ascii: "\""))
    }
}

private extension Double {
    /// A number as JSON writes it: `2`, not `2.0`; infinity and NaN have no JSON.
    var wireText: String {
        get throws {
            guard isFinite else {
                throw EncodingError.invalidValue(self, .init(codingPath: [], debugDescription: "\(self) is not a JSON number."))
            }
            let text = description
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
    }
}

/// The `Encoder` that `Encodable` values write themselves into.
final class Encoding: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What was written, once a container was asked for.
    var value: WireValue?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let members) = value { return KeyedEncodingContainer(KeyedContainer(members: members)) }
        let members = WireValue.Members()
        value = .object(members)
        return KeyedEncodingContainer(KeyedContainer(members: members))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let elements) = value { return UnkeyedContainer(elements: elements) }
        let elements = WireValue.Elements()
        value = .array(elements)
        return UnkeyedContainer(elements: elements)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoding: self) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let members: WireValue.Members
    var codingPath: [any CodingKey] { [] }

    private func put(_ value: WireValue, _ key: Key) {
        members.entries.append((WireKey.snakeCase(key.stringValue), value))
    }

    mutating func encodeNil(forKey key: Key) throws { put(.literal("null"), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.literal(value ? "true" : "false"), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.literal(String(value)), key) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { put(try WireValue.of(value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = WireValue.Members()
        put(.object(nested), key)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(members: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = WireValue.Elements()
        put(.array(nested), key)
        return UnkeyedContainer(elements: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let encoding = Encoding()
        members.entries.append((WireKey.snakeCase(name), .deferred(encoding)))
        return encoding
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let elements: WireValue.Elements
    var codingPath: [any CodingKey] { [] }
    var count: Int { elements.items.count }

    mutating func encodeNil() throws { elements.items.append(.literal("null")) }
    mutating func encode(_ value: some Encodable) throws { elements.items.append(try WireValue.of(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = WireValue.Members()
        elements.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(members: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = WireValue.Elements()
        elements.items.append(.array(nested))
        return UnkeyedContainer(elements: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoding = Encoding()
        elements.items.append(.deferred(encoding))
        return encoding
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoding: Encoding
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoding.value = .literal("null") }
    mutating func encode(_ value: Bool) throws { encoding.value = .literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { encoding.value = .string(value) }
    mutating func encode(_ value: Int) throws { encoding.value = .literal(String(value)) }
    mutating func encode(_ value: some Encodable) throws { encoding.value = try WireValue.of(value) }
}

/// Keys as `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` writes them: a word starts at an
/// upper-case letter after a lower-case one or a digit, and at the last capital of a run before a
/// lower-case letter (`myURLValue` → `my_url_value`); the words joined with `_`, in lower case.
public enum WireKey {
    public static func snakeCase(_ key: String) -> String {
        guard key.utf8.contains(where: isUpper) else { return key }
        let bytes = Array(key.utf8)
        var snake: [UInt8] = []
        snake.reserveCapacity(bytes.count + 4)
        for (index, byte) in bytes.enumerated() {
            if isUpper(byte), index > 0 {
                let previous = bytes[index - 1]
                let next = index + 1 < bytes.count ? bytes[index + 1] : nil
                if isLower(previous) || isDigit(previous) || (isUpper(previous) && next.map(isLower) == true) {
                    snake.append(UInt8(ascii: "_"))
                }
            }
            snake.append(isUpper(byte) ? byte + 32 : byte)
        }
        return String(decoding: snake, as: UTF8.self)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    private static func isLower(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}

/// Dates as the API writes them: `2026-12-01T06:51:38Z`, the second the date falls in (UTC).
enum WireDate {
    static func write(_ date: Date, to text: inout [UInt8]) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (year, month, day) = CivilDays.civil(Int(days))
        func digits(_ value: Int64, _ count: Int) {
            var divisor: Int64 = 1
            for _ in 1..<count { divisor *= 10 }
            var value = value
            if value >= divisor * 10 { text.append(contentsOf: String(value / (divisor * 10)).utf8); value %= divisor * 10 }
            while divisor > 0 {
                text.append(UInt8(ascii: "0") + UInt8(value / divisor))
                value %= divisor
                divisor /= 10
            }
        }
        digits(Int64(year), 4)
        text.append(UInt8(ascii: "-"))
        digits(Int64(month), 2)
        text.append(UInt8(ascii: "-"))
        digits(Int64(day), 2)
        text.append(UInt8(ascii: "T"))
        digits(time / 3600, 2)
        text.append(UInt8(ascii: ":"))
        digits(time / 60 % 60, 2)
        text.append(UInt8(ascii: ":"))
        digits(time % 60, 2)
        text.append(UInt8(ascii: "Z"))
    }
}
