import TerminalUI

/// What the Avatar Menu (lower-left corner, F2) offers, in its order.
public enum AvatarMenuAction: CaseIterable, Hashable, Sendable {
    case accountSettings, help, signOut

    private func item(_ text: Catalog) -> MenuItem<AvatarMenuAction> {
        switch self {
        case .accountSettings: MenuItem(text(.accountSettingsTitle), hotkey: "a", value: self)
        case .help: MenuItem(text(.menuHelp), hotkey: "h", value: self)
        case .signOut: MenuItem(text(.menuSignOut), hotkey: "s", value: self)
        }
    }

    /// The menu as it opens, in the language of `text`: the first entry selected.
    static func menu(_ text: Catalog) -> MenuState<AvatarMenuAction> {
        MenuState(allCases.map { $0.item(text) }, id: "avatarMenu")
    }
}
