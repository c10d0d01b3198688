/// A message for the user, with how serious it is.
public struct Message: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case error, warning, notice, success }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    public static func error(_ text: String) -> Message { Message(.error, text) }
    public static func notice(_ text: String) -> Message { Message(.notice, text) }
}

/// Where errors and notices appear: an icon and the wrapped text in the message's role;
/// nothing when there is no message.
public struct MessageArea: View {
    public var message: Message?
    public var symbols: Symbols

    public init(_ message: Message?, symbols: Symbols = .unicode) {
        self.message = message
        self.symbols = symbols
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard let message, !area.isEmpty else { return }
        let (icon, role): (String, Role) = switch message.kind {
        case .error: (symbols.errorIcon, .error)
        case .warning: (symbols.warningIcon, .warning)
        case .notice: (symbols.noticeIcon, .accent)
        case .success: (symbols.successIcon, .success)
        }
        let iconWidth = buffer.write(icon + " ", x: area.x, y: area.y, style: Style(role), limit: area.maxX)
        Paragraph(message.text, style: Style(role))
            .render(into: &buffer, area: area.splitColumns([.fixed(iconWidth), .fill])[1])
    }
}
