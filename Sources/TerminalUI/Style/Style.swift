/// The style of a cell: a theme role plus attributes added on top of the role's own.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var attributes: Attributes

    public init(_ role: Role = .text, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let plain = Style()

    public func adding(_ more: Attributes) -> Style {
        Style(role, attributes.union(more))
    }
}
