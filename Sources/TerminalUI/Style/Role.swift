/// What a piece of the screen is, not how it looks: a `Theme` maps each role to colors
/// and attributes, so every screen follows the theme the user picked.
public enum Role: String, CaseIterable, Sendable, Hashable {
    /// The screen's own background and plain surfaces.
    case background
    /// Ordinary text.
    case text
    /// Secondary text: hints, help, placeholders.
    case muted
    /// Headings and highlighted words (key names in the footer).
    case accent
    /// Screen and dialog titles.
    case title
    /// The focused control.
    case focus
    /// The selected row of a list or menu that does not have the focus.
    case selection
    /// Input fields.
    case input
    /// Links.
    case link
    /// Error messages and invalid fields.
    case error
    /// Warnings and irreversible actions.
    case warning
    /// Success messages.
    case success
    /// Frames around dialogs, menus and fields.
    case border
    /// QR codes: always black on white whatever the theme, reverse video without colors,
    /// so a phone can scan them on dark and light terminals. Themes cannot change it.
    case qr
}
