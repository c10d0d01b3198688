/// A verification code being typed: digits only, a fixed count (6). A paste such as "123 456"
/// or "123-456" fills it at once; `handle` reports when the last digit arrives.
public struct CodeFieldState: Equatable, Sendable {
    public private(set) var digits: [Character] = []
    public let length: Int

    public enum Outcome: Equatable, Sendable {
        /// The event was not for this field.
        case ignored
        case changed
        /// The field just became full: submit this code.
        case completed(String)
    }

    public init(length: Int = 6) {
        self.length = length
    }

    public var code: String { String(digits) }
    public var isComplete: Bool { digits.count == length }

    public mutating func handle(_ event: Event) -> Outcome {
        let wasComplete = isComplete
        switch event {
        case .key(.character(let c)) where c.isASCII && c.isNumber:
            append([c])
        case .paste(let text):
            let digits = text.filter { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, text.allSatisfy({ ($0.isASCII && $0.isNumber) || " -\t".contains($0) }) else {
                return .ignored
            }
            append(Array(digits))
        case .key(.backspace):
            if !digits.isEmpty { digits.removeLast() }
        case .key(.ctrl("u")):
            digits.removeAll()
        default:
            return .ignored
        }
        return isComplete && !wasComplete ? .completed(code) : .changed
    }

    private mutating func append(_ new: [Character]) {
        digits.append(contentsOf: new.prefix(length - digits.count))
    }

    /// Empties the field (after a wrong code).
    public mutating func clear() { digits.removeAll() }
}

/// Six boxes, `[1][2][3]  [4][5][6]`, a gap in the middle; the box to type into is highlighted.
public struct CodeField: View {
    public var state: CodeFieldState
    public var isFocused: Bool
    public var isInvalid: Bool
    public var id: String?

    public init(_ state: CodeFieldState, isFocused: Bool = false, isInvalid: Bool = false, id: String? = nil) {
        self.state = state
        self.isFocused = isFocused
        self.isInvalid = isInvalid
        self.id = id
    }

    /// Columns the field takes.
    public var width: Int { state.length * 3 + (state.length > 3 ? 2 : 0) }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let base = Style(isInvalid ? .error : .input)
        var x = area.x
        for index in 0..<state.length {
            if index == state.length / 2 && state.length > 3 { x += 2 }
            let digit = index < state.digits.count ? String(state.digits[index]) : " "
            let isCurrent = isFocused && index == min(state.digits.count, state.length - 1)
            buffer.write("[\(digit)]", x: x, y: area.y, style: isCurrent ? Style(.focus) : base, limit: area.maxX)
            if isCurrent { buffer.cursor = Position(x: x + 1, y: area.y) }
            x += 3
        }
        if let id { buffer.addHitArea(id, Rect(x: area.x, y: area.y, width: min(width, area.width), height: 1)) }
    }
}
