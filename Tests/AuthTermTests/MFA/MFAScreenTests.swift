import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

/// The Multifactor Authentication screens at 80x24, as a person reads them.
@Suite struct MFAScreenTests {
    static let settings = AppSettings(server: "https://auth.example.com")

    static func scanStep(_ setup: TotpSetup, qrMode: QRView.Mode = .halfBlocks) -> AppState {
        var wizard = TotpSetupScreen(purpose: .add, account: Samples.account, qrMode: qrMode)
        wizard.show(setup)
        return AppState(settings: settings, screen: .totpSetup(wizard))
    }

    @Test func mfaScreenWithTwoMethods() {
        let account = MFASamples.account(enabled: true, methods: [MFASamples.pixel, MFASamples.phone], recoveryCodes: 10)
        let state = AppState(settings: Self.settings, screen: .mfa(MFAScreen(account: account)))
        #expect(ScreenTests.text(state) == goldenMFA)
    }

    @Test func aDefaultNameIsNotPrefixedWithItsKindAgain() {
        let second = MFAMethod(id: "m-2", kind: .totp, label: "Authenticator app 2", createdAt: Samples.date)
        let account = MFASamples.account(enabled: false, methods: [MFASamples.pixel, second])
        let text = ScreenTests.text(AppState(settings: Self.settings, screen: .mfa(MFAScreen(account: account))))
        #expect(text.contains("> Authenticator app: Pixel"))
        #expect(text.contains("  Authenticator app 2 "))
        #expect(!text.contains("Authenticator app: Authenticator app"))
    }

    @Test func mfaScreenBeforeAnyMethod() {
        let state = AppState(settings: Self.settings, screen: .mfa(MFAScreen(account: Samples.account)))
        let text = ScreenTests.text(state)
        #expect(text.contains("Status: Not set up"))
        #expect(text.contains("[ Setup ] [ Add phone number ]"))
        #expect(!text.contains("[ Remove ]"))
        #expect(!text.contains("[ Enable MFA ]"), "nothing to enable without a method")
        #expect(text.contains("Register more than one method"))
    }

    /// The QR code drawn at 80x24 reads back as the code of the URI, module for module.
    @Test func aQRCodeThatFitsIsDrawnWhole() throws {
        let setup = MFASamples.totpSetup(shortURI: true)
        let buffer = AppView(Self.scanStep(setup)).rendered(size: Size(width: 80, height: 24))
        let code = try QRCode(encoding: setup.otpauthUri)
        let cells = (0..<24).flatMap { y in (0..<80).map { x in (x, y) } }.filter { buffer[$0.0, $0.1].style.role == .qr }
        let left = try #require(cells.map(\.0).min()), top = try #require(cells.map(\.1).min())
        let quietZone = ((cells.map(\.0).max() ?? 0) - left + 1 - code.width) / 2
        #expect(quietZone >= 2)
        for y in 0..<code.width {
            for x in 0..<code.width {
                let symbol = buffer[left + quietZone + x, top + (quietZone + y) / 2].symbol
                let isTop = (quietZone + y) % 2 == 0
                let dark = symbol == "█" || symbol == (isTop ? "▀" : "▄")
                #expect(dark == code.isDark(x: x, y: y), "module \(x),\(y)")
            }
        }
        let text = buffer.textLines.joined(separator: "\n")
        #expect(text.contains("JBSW Y3DP EHPK 3PXP"))
        #expect(text.contains("ada@example.com"))
        #expect(text.contains("authterm"))
        #expect(text.contains("c copy key"))
        #expect(!text.contains("Enlarge"))
    }

    @Test func aQRCodeTooLargeSaysTheSizeNeededAndOffersTheKey() {
        let text = ScreenTests.text(Self.scanStep(MFASamples.totpSetup()))
        #expect(text.contains("Enlarge the window to 80 x 34 to show the QR code"))
        #expect(text.contains("k to type the key"))
        #expect(text.contains("k key only"))
        #expect(!text.contains("█"))
    }

    @Test func asciiTerminalsGetAnASCIICode() {
        let text = AppView(Self.scanStep(MFASamples.totpSetup(shortURI: true), qrMode: .ascii))
            .rendered(size: Size(width: 120, height: 50)).textLines.joined(separator: "\n")
        #expect(text.contains("##"))
        #expect(!text.contains("█"))
    }

    @Test func theActivationStepSaysItCannotBeUndone() {
        let screen = ActivationScreen(account: Samples.account, method: MFASamples.pixel)
        let text = ScreenTests.text(AppState(settings: Self.settings, screen: .activation(screen)))
        #expect(text.contains("MFA Confirmation and Activation"))
        #expect(text.contains("it cannot be disabled"))
        #expect(text.contains("[ Add another method ] [ Activate now ]"))
    }
}

private let goldenMFA = """
     authterm  https://auth.example.com


            ╭─ Multifactor Authentication ─────────────────────────────────╮
            │ Status: Enabled (it cannot be disabled)                      │
            │                                                              │
            │ > Authenticator app: Pixel                                   │
            │   SMS: Phone (+81 •••• ••42)                                 │
            │   added 2026-11-18, last used 2026-11-18                     │
            │                                                              │
            │ [ Rename ] [ Replace ] [ Remove ]                            │
            │ [ Setup ] [ Add phone number ] [ Recovery codes ]            │
            │                                                              │
            │ Replacing or wiping your phone loses the codes in its app:   │
            │ use Replace on the new phone first, and keep a backup (a     │
            │ second method, your recovery codes).                         │
            │                                                              │
            │                                                              │
            │                                                              │
            │                                                              │
            ╰──────────────────────────────────────────────────────────────╯

      AL  Ada Lovelace  F2
    Tab next  Enter choose  s setup  Esc back  F1 help  Ctrl-C quit
    """
