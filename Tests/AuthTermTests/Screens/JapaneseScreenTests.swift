import AuthModel
import Foundation
import TerminalUI
import Testing

@testable import AuthTerm

/// Every screen and overlay in Japanese at 80x24, as a person reads it, against its golden copy in
/// `Golden/ja/NAME.txt`; and in every one of them each wide character whole in its two cells.
/// `AUTHTERM_RECORD_GOLDEN=1` writes the copies anew (read them before committing).
@Suite struct JapaneseScreenTests {
    static let settings = AppSettings(server: "https://auth.example.com", language: .ja)
    static let size = Size(width: 80, height: 24)
    static let text = Catalog(.ja)

    /// 山田 花子, with an authenticator app and a phone named in Japanese.
    static let account: Account = {
        var account = Samples.account
        account.displayName = "山田 花子"
        account.language = .ja
        return account
    }()
    static let phone = MFAMethod(id: "m-sms", kind: .sms, label: "仕事用の電話", createdAt: Samples.date,
                                 destination: "+81 •••• ••42")
    static let app = MFAMethod(id: "m-totp", kind: .totp, label: "スマホ", createdAt: Samples.date, lastUsedAt: Samples.date)
    static let enrolled: Account = {
        var account = JapaneseScreenTests.account
        account.mfa = MFAStatus(enabled: true, methods: [app, phone], recoveryCodesRemaining: 8)
        return account
    }()

    static func state(_ screen: Screen, overlay: Overlay? = nil, message: Message? = nil) -> AppState {
        var state = AppState(settings: settings, screen: screen)
        state.overlay = overlay
        state.message = message
        return state
    }

    /// Each screen and overlay, by the name of its golden copy.
    static let screens: [(name: String, state: AppState)] = {
        let totp = TotpSetupScreen(purpose: .add, account: account, qrMode: .halfBlocks, text: text)
        var scan = totp
        scan.show(MFASamples.totpSetup())
        var code = scan
        _ = code.handle(.key(.enter))
        let forced = TotpSetupScreen(purpose: .forced, account: nil, qrMode: .halfBlocks, text: text)
        let phoneSetup = PhoneSetupScreen(purpose: .add, account: account, text: text)
        var phoneCode = phoneSetup
        phoneCode.show(PhoneSetup(setup: "p1", destination: "+81 •••• ••78", expiresAt: Samples.date))
        var recovery = RecoveryCodesScreen(account: enrolled)
        recovery.show(["k7m2-p9x4", "h3t8-w6q1", "c5v9-r2n7"])
        var sessions = SessionsScreen(account: enrolled)
        sessions.show([
            SessionInfo(id: "s1", createdAt: Samples.date, lastSeenAt: Samples.date, expiresAt: Samples.date,
                        clientAddress: "192.0.2.10", userAgent: "authterm/1.0", current: true, remembered: false),
            SessionInfo(id: "s2", createdAt: Samples.date, lastSeenAt: Samples.date, expiresAt: Samples.date,
                        clientAddress: "198.51.100.7", userAgent: "authterm/1.0", current: false, remembered: true),
        ])
        let mails = [
            MailboxMessage(isSMS: false, date: nil, to: "ada@example.com", subject: "パスワード再設定コード",
                           body: "山田 花子 様\n\nパスワード再設定コードは 48210-93755 です。"),
            MailboxMessage(isSMS: true, date: nil, to: "+81312345678", subject: "", body: "確認コードは 123456 です。"),
        ]
        return [
            ("resuming", state(.resuming(ResumingScreen()))),
            ("sign-in", state(.email(EmailScreen(email: "ada@example.com")))),
            ("password", state(.password(PasswordScreen(email: "ada@example.com", flow: "f")),
                               message: .error(text(.serverInvalidCredentials)))),
            ("code", state(.code(CodeScreen(flow: "f", methods: [Samples.authenticator, Samples.phone])))),
            ("forgot-password", state(.forgotPassword(ForgotPasswordScreen(email: "ada@example.com")))),
            ("reset-password", state(.resetPassword(ResetPasswordScreen(email: "ada@example.com")))),
            ("home", state(.home(HomeScreen(account: account)))),
            ("home-mfa-on", state(.home(HomeScreen(account: enrolled)))),
            ("account", state(.account(AccountScreen(account: enrolled, text: text)))),
            ("change-password", state(.changePassword(ChangePasswordScreen(account: enrolled)))),
            ("sessions", state(.sessions(sessions))),
            ("mfa", state(.mfa(MFAScreen(account: enrolled)))),
            ("mfa-not-set-up", state(.mfa(MFAScreen(account: account)))),
            ("totp-setup", state(.totpSetup(totp))),
            ("totp-scan", state(.totpSetup(scan))),
            ("totp-code", state(.totpSetup(code))),
            ("totp-setup-forced", state(.totpSetup(forced))),
            ("phone-setup", state(.phoneSetup(phoneSetup))),
            ("phone-code", state(.phoneSetup(phoneCode))),
            ("activation", state(.activation(ActivationScreen(account: account, method: app)))),
            ("enrollment-done", state(.enrollmentDone(
                EnrollmentDoneScreen(account: enrolled, method: phone, purpose: .add, mfaEnabled: true)))),
            ("recovery-codes", state(.recoveryCodes(recovery))),
            ("rename-method", state(.renameMethod(RenameMethodScreen(account: enrolled, method: phone)))),
            ("help", state(.email(EmailScreen()), overlay: .help(HelpState(.mfa)))),
            ("avatar-menu", state(.home(HomeScreen(account: account)), overlay: .avatarMenu(AvatarMenuAction.menu(text)))),
            ("failure", state(.email(EmailScreen(email: "ada@example.com")),
                              overlay: .failure(message: text(.errorOffline), retry: .startSignIn(email: "ada@example.com"),
                                                ConfirmState(choice: .confirm)))),
            ("mailbox", state(.email(EmailScreen()), overlay: .mailbox(MailboxState(messages: mails)))),
            ("reauthenticate", state(.account(AccountScreen(account: enrolled, text: text)),
                                     overlay: .reauthenticate(ReauthDialog(retry: .generateRecoveryCodes, mfa: enrolled.mfa)))),
            ("confirm-remove", state(.mfa(MFAScreen(account: enrolled)),
                                     overlay: .confirmMFA(.remove(phone), ConfirmState()))),
            ("demo-authenticator", state(.home(HomeScreen(account: account)), overlay: .demoAuthenticator)),
        ]
    }()

    @Test(arguments: screens.map(\.name))
    func screenInJapanese(name: String) throws {
        let state = try #require(Self.screens.first { $0.name == name }?.state)
        let buffer = AppView(state).rendered(size: Self.size)
        let shown = buffer.textLines.joined(separator: "\n") + "\n"
        let file = Self.goldenFolder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["AUTHTERM_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            try shown.write(to: file, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(shown == golden, "\(name) differs from Golden/ja/\(name).txt")
        Self.expectWideCharactersWhole(buffer, name: name)
    }

    /// A wide character's second cell follows it, and no second cell stands alone.
    static func expectWideCharactersWhole(_ buffer: Buffer, name: String) {
        for y in 0..<buffer.area.height {
            for x in 0..<buffer.area.width {
                let cell = buffer[x, y]
                if cell.width == 2 {
                    #expect(x + 1 < buffer.area.width && buffer[x + 1, y].isContinuation,
                            "\(name): the wide \(cell.symbol) at \(x),\(y) lacks its second cell")
                }
                if cell.isContinuation {
                    #expect(x > 0 && buffer[x - 1, y].width == 2, "\(name): a lone second cell at \(x),\(y)")
                }
            }
        }
    }

    @Test func theAvatarAndHomeShowAJapaneseName() {
        let lines = AppView(Self.state(.home(HomeScreen(account: Self.account)))).rendered(size: Self.size).textLines
        #expect(lines.contains { $0.contains("山田 花子") && $0.contains("ようこそ") })
        #expect(lines[22].hasPrefix("  山  山田 花子  F2"), "the avatar: \(lines[22])")
    }

    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/ja")
}
