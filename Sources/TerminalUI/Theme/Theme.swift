/// How one role looks: colors (a nil background takes the `background` role's) and attributes.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: Color
    public var background: Color?
    public var attributes: Attributes

    public init(_ foreground: Color, on background: Color? = nil, _ attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// What a cell looks like on a given terminal: colors it can show (nil: none) and attributes.
public struct ResolvedStyle: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var attributes: Attributes

    public init(foreground: Color?, background: Color?, attributes: Attributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A named mapping from roles to looks. Roles a theme file leaves out keep the built-in look.
public struct Theme: Equatable, Sendable {
    public var name: String
    public private(set) var styles: [Role: RoleStyle]

    public init(name: String, styles: [Role: RoleStyle]) {
        self.name = name
        self.styles = Theme.builtIn.styles.merging(styles) { _, new in new }
        self.styles[.qr] = Theme.qrStyle
    }

    private init(builtIn styles: [Role: RoleStyle]) {
        self.name = "default"
        self.styles = styles
    }

    public subscript(role: Role) -> RoleStyle { styles[role]! }

    /// How `style` shows on a terminal with `depth` colors. Without colors, a role set apart by
    /// its own background (focus, selection, QR) is shown in reverse video instead, and a style
    /// that reverses such a role (the dark modules of an ASCII QR code) shows plain: still the
    /// opposite of the role. The QR code's black on white is the terminal's own text on a light
    /// background (`lightBackground`), so there it is not reversed.
    public func resolve(_ style: Style, depth: ColorDepth, lightBackground: Bool = false) -> ResolvedStyle {
        let look = self[style.role]
        let background = look.background ?? self[.background].background ?? .terminalDefault
        var attributes = look.attributes.union(style.attributes)
        if depth == .none, let own = look.background, own != self[.background].background,
           !(style.role == .qr && lightBackground)
        {
            attributes.formSymmetricDifference(.reverse)
        }
        return ResolvedStyle(
            foreground: look.foreground.approximated(to: depth),
            background: background.approximated(to: depth),
            attributes: attributes)
    }

    private static let qrStyle = RoleStyle(.black, on: .white)

    /// The default theme, compiled in so the app always has one; `Themes/default.theme` says the same.
    public static let builtIn = Theme(builtIn: [
        .background: RoleStyle(.terminalDefault, on: .terminalDefault),
        .text: RoleStyle(.terminalDefault),
        .muted: RoleStyle(.indexed(245)),
        .accent: RoleStyle(.indexed(75), [.bold]),
        .title: RoleStyle(.indexed(255), [.bold]),
        .focus: RoleStyle(.black, on: .indexed(75), [.bold]),
        .selection: RoleStyle(.indexed(255), on: .indexed(238)),
        .input: RoleStyle(.indexed(255), on: .indexed(236)),
        .link: RoleStyle(.indexed(117), [.underline]),
        .error: RoleStyle(.indexed(203), [.bold]),
        .warning: RoleStyle(.indexed(214), [.bold]),
        .success: RoleStyle(.indexed(114)),
        .border: RoleStyle(.indexed(242)),
        .qr: qrStyle,
    ])
}
