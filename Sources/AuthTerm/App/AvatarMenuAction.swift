import TerminalUI

/// What the Avatar Menu (lower-left corner, F2) offers, in its order.
public enum AvatarMenuAction: CaseIterable, Hashable, Sendable {
    case accountSettings, help, signOut

    private var item: MenuItem<AvatarMenuAction> {
        switch self {
        case .accountSettings: MenuItem("Account Settings", hotkey: "a", value: self)
        case .help: MenuItem("Help", hotkey: "h", value: self)
        case .signOut: MenuItem("Sign out", hotkey: "s", value: self)
        }
    }

    /// The menu as it opens: the first entry selected.
    static var menu: MenuState<AvatarMenuAction> { MenuState(allCases.map(\.item), id: "avatarMenu") }
}
