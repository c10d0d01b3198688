import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

/// Whole screens at 80x24, as a person reads them.
@Suite struct ScreenTests {
    static func text(_ state: AppState, size: Size = Size(width: 80, height: 24)) -> String {
        AppView(state).rendered(size: size).textLines.joined(separator: "\n")
    }

    static let settings = AppSettings(server: "https://auth.example.com")

    @Test func signInScreen() {
        let state = AppState(settings: Self.settings, screen: .email(EmailScreen(email: "ada@example.com")))
        #expect(Self.text(state) == goldenSignIn)
    }

    @Test func passwordScreenWithAnError() {
        var state = AppState(settings: Self.settings, screen: .password(PasswordScreen(email: "ada@example.com", flow: "f")))
        state.message = .error("The e-mail address or password is incorrect. 4 attempts left.")
        #expect(Self.text(state) == goldenPassword)
    }

    @Test func focusAndErrorsShowInTheirRoles() throws {
        var state = AppState(settings: Self.settings, screen: .password(PasswordScreen(email: "ada@example.com", flow: "f")))
        state.message = .error("The e-mail address or password is incorrect.")
        let buffer = AppView(state).rendered(size: Size(width: 80, height: 24))
        let lines = buffer.textLines
        let fieldRow = try #require(lines.firstIndex(of: lines.first { $0.contains("Password") }!)) + 1
        #expect(buffer[10, fieldRow].style.role == .focus, "the focused password field")
        let errorRow = try #require(lines.firstIndex { $0.contains("✗") })
        let errorColumn = try #require(lines[errorRow].firstIndex(of: "✗")).utf16Offset(in: lines[errorRow])
        #expect(buffer[errorColumn, errorRow].style.role == .error)
        let signInRow = try #require(lines.firstIndex { $0.contains("[ Sign in ]") })
        #expect(buffer[10, signInRow].style.role != .focus, "only one control has the focus")
    }

    @Test func verificationCodeScreen() {
        let screen = CodeScreen(flow: "f", methods: [Samples.authenticator, Samples.phone])
        #expect(Self.text(AppState(settings: Self.settings, screen: .code(screen))) == goldenCode)
    }

    @Test func homeScreenWithTheAvatarLowerLeft() {
        let state = AppState(settings: Self.settings, screen: .home(HomeScreen(account: Samples.account)))
        #expect(Self.text(state) == goldenHome)
    }

    @Test func spinnerWhileWaiting() {
        var state = AppState(settings: Self.settings, screen: .email(EmailScreen(email: "ada@example.com")))
        _ = state.send(.startSignIn(email: "ada@example.com"))
        let text = Self.text(state)
        #expect(text.contains("Checking…  (Esc cancels)"))
        #expect(text.hasSuffix("Esc cancel  Ctrl-C quit"))
    }

    @Test func demoShowsItsAccountAndBadge() {
        let demo = AppSettings(server: "http://127.0.0.1:4000", demoAccount: DemoAccount(email: "demo@example.com", password: "pw-123"))
        let text = Self.text(AppState(settings: demo, screen: .email(EmailScreen(email: "demo@example.com"))))
        #expect(text.contains("Demo account: demo@example.com / pw-123"))
        #expect(text.split(separator: "\n").first?.hasSuffix("DEMO") == true)
    }

    @Test func tooSmallAsksToEnlarge() {
        let state = AppState(settings: Self.settings, screen: .email(EmailScreen()))
        let text = Self.text(state, size: Size(width: 40, height: 12))
        #expect(text.contains("Enlarge the window to at least 60 x 20"))
        #expect(text.contains("(now 40 x 12)"))
        #expect(!text.contains("E-mail address"))
    }

    @Test func helpOverlayNamesTheKeys() {
        var state = AppState(settings: Self.settings, screen: .email(EmailScreen()))
        state.overlay = .help(HelpState(.signIn))
        let text = Self.text(state)
        #expect(text.contains("Help: signing in"))
        #expect(text.contains("F1 or ? shows help"))
        #expect(text.hasSuffix("Esc close help"))
    }

    @Test func warningShowsUnderTheHeader() {
        let settings = AppSettings(server: "http://auth.example.com", warning: "Warning: plain http to auth.example.com.")
        let lines = Self.text(AppState(settings: settings, screen: .email(EmailScreen()))).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == " Warning: plain http to auth.example.com.")
    }
}

private let goldenSignIn = #"""
 authterm  https://auth.example.com


        ╭─ Sign in ────────────────────────────────────────────────────╮
        │ E-mail address                                               │
        │ ada@example.com                                              │
        │                                                              │
        │ [ Next ]                                                     │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        ╰──────────────────────────────────────────────────────────────╯


Tab next field  Enter next  F1 help  Ctrl-C quit
"""#
private let goldenPassword = #"""
 authterm  https://auth.example.com


        ╭─ Sign in ────────────────────────────────────────────────────╮
        │ ada@example.com  Change                                      │
        │                                                              │
        │ Password                                                     │
        │                                                              │
        │ Forgot Password?                                             │
        │                                                              │
        │ [ ] Automatically sign in next time                          │
        │                                                              │
        │ [ Sign in ]                                                  │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │ ✗ The e-mail address or password is incorrect. 4 attempts    │
        │   left.                                                      │
        │                                                              │
        ╰──────────────────────────────────────────────────────────────╯


Tab next field  Ctrl-R show password  Enter sign in  F1 help  Ctrl-C quit
"""#
private let goldenCode = #"""
 authterm  https://auth.example.com


        ╭─ Verification code ──────────────────────────────────────────╮
        │ Enter the 6-digit code from your authenticator app (Pixel).  │
        │                                                              │
        │ [ ][ ][ ]  [ ][ ][ ]                                         │
        │                                                              │
        │ Other ways to verify                                         │
        │ > Authenticator app                                   Pixel  │
        │   SMS                                         +81 •••• ••42  │
        │   Recovery code                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        ╰──────────────────────────────────────────────────────────────╯


Tab next field  ↑↓ choose method  Enter verify  F1 help  Ctrl-C quit
"""#
private let goldenHome = #"""
 authterm  https://auth.example.com


        ╭─ Home ───────────────────────────────────────────────────────╮
        │ Welcome, Ada Lovelace.                                       │
        │ Signed in as ada@example.com                                 │
        │                                                              │
        │ Multifactor authentication: not set up                       │
        │                                                              │
        │ Your account is protected by its password alone. Set up      │
        │ multifactor authentication: an authenticator app or a phone  │
        │ number.                                                      │
        │ [ Set up MFA ]                                               │
        │                                                              │
        │ Open the Avatar Menu in the lower-left corner (F2) for       │
        │ Account Settings, Help and Sign out.                         │
        │                                                              │
        │                                                              │
        │                                                              │
        │                                                              │
        ╰──────────────────────────────────────────────────────────────╯

  AL  Ada Lovelace  F2
Enter set up MFA  F2 avatar menu  F1 help  Ctrl-C quit
"""#
