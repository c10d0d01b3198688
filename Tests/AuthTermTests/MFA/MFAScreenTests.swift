import AuthModel
import TerminalUI
import TestSupport
import Testing

@testable import AuthTerm

/// The Multifactor Authentication screens at 80x24, as a person reads them.
@Suite struct MFAScreenTests {
    static let settings = AppSettings(server: "https://auth.example.com")

    static func scanStep(_ setup: TotpSetup, qrMode: QRView.Mode = .halfBlocks) -> AppState {
        var wizard = TotpSetupScreen(purpose: .add, account: Samples.account, qrMode: qrMode, text: Catalog(.en))
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

    /// The registration code takes the whole window: a title line with the key, the code, the
    /// keys; at 80x24 and at the Linux console's 80x25 it reads back as the URI, with a quiet
    /// zone of at least 2 modules (3 at 80x24, 4 at 80x25).
    @Test(arguments: [(24, 3), (25, 4)])
    func theRegistrationCodeScansAt80Columns(height: Int, quietZone: Int) throws {
        let setup = MFASamples.totpSetup()
        let buffer = AppView(Self.scanStep(setup)).rendered(size: Size(width: 80, height: height))
        #expect(try QRPicture.decode(buffer) == setup.otpauthUri)
        let code = try QRCode(encoding: setup.otpauthUri, correction: .low)
        #expect(code.version == 5, "the short URI and low error correction keep the symbol at version 5 (37 modules)")
        let rows = (0..<height).filter { y in (0..<80).contains { buffer[$0, y].style.role == .qr } }
        #expect(rows.count == (code.width + 2 * quietZone + 1) / 2)
        let lines = buffer.textLines
        #expect(lines[0] == " Scan with the app, or type the key  JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP")
        #expect(lines[height - 1].hasPrefix("Enter next  k key only  c copy key  i invert  Esc back"))
        #expect(!lines.joined().contains("Enlarge"))
    }

    /// A longer address makes a larger symbol (version 6): at 80x24 the line of keys gives way to it.
    @Test func theKeysGiveWayToALargerCode() throws {
        let setup = MFASamples.totpSetup(account: "firstname.lastname.department@graduate-school.example.ac.jp")
        #expect(try QRCode(encoding: setup.otpauthUri, correction: .low).version == 6)
        let small = AppView(Self.scanStep(setup)).rendered(size: Size(width: 80, height: 24))
        #expect(try QRPicture.decode(small) == setup.otpauthUri)
        #expect(!small.textLines.joined().contains("Esc back"))
        let console = AppView(Self.scanStep(setup)).rendered(size: Size(width: 80, height: 25))
        #expect(try QRPicture.decode(console) == setup.otpauthUri)
        #expect(console.textLines[24].contains("Esc back"))
    }

    /// A still longer one (version 7) does not fit: the window size it needs is said, and the key stays on screen.
    @Test func aCodeTooLargeForTheWindowSaysTheSizeNeeded() throws {
        let setup = MFASamples.totpSetup(
            account: "firstname.middlename.lastname.department.faculty@graduate-school.example.ac.jp")
        let text = ScreenTests.text(Self.scanStep(setup))
        #expect(try QRCode(encoding: setup.otpauthUri, correction: .low).version == 7)
        #expect(text.contains("Enlarge the window to 80 x 27 to show the QR code"))
        #expect(text.contains("JBSW Y3DP EHPK 3PXP"))
        #expect(text.contains("k key only"))
        #expect(!text.contains("█"))
    }

    /// Without UTF-8 the code is two cells a module: at 80x24 the window is too small, and says
    /// how large it must be; at that size the code scans (its dark modules in reverse video).
    @Test func asciiTerminalsGetAnASCIICodeWhereItFits() throws {
        let setup = MFASamples.totpSetup()
        let small = AppView(Self.scanStep(setup, qrMode: .ascii)).rendered(size: Size(width: 80, height: 24))
        #expect(small.textLines.joined(separator: " ").contains("Enlarge the window to 82 x 43 to show the QR code"))
        let large = AppView(Self.scanStep(setup, qrMode: .ascii)).rendered(size: Size(width: 82, height: 43))
        #expect(try QRPicture.decode(large) == setup.otpauthUri)
        #expect(!large.textLines.joined().contains("█"))
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
