import Testing
import TerminalUI

@Suite struct ZZPrint {
    @Test func dump() throws {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12)] {
            let b = SampleScreen().rendered(size: size)
            print("=====")
            for l in b.textLines { print("\"\(l)\",") }
        }
        var b = Buffer(size: Size(width: 40, height: 12))
        ConfirmDialog(title: "Enable MFA", message: "Enabling multifactor authentication cannot be undone. Continue?", confirmTitle: "Enable", isDestructive: true, symbols: .ascii).render(into: &b, area: b.area)
        print("=====")
        for l in b.textLines { print("\"\(l)\",") }
        b = Buffer(size: Size(width: 40, height: 12))
        PopupMenu(MenuState([MenuItem("Account Settings", hotkey: "a"), MenuItem("Help", hotkey: "h"), MenuItem("Sign out")], selected: 1), corner: .bottomLeft, title: "alice", symbols: .ascii, id: "avatar").render(into: &b, area: b.area.splitRows([.fill, .fixed(1)])[0])
        print("=====")
        for l in b.textLines { print("\"\(l)\",") }
        b = Buffer(size: Size(width: 40, height: 12))
        let code = try QRCode(encoding: "otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example")
        QRView(code).render(into: &b, area: b.area.inset(horizontal: 2, vertical: 2))
        print("=====")
        for l in b.textLines { print("\"\(l)\",") }
    }
}
