import AuthClient
import AuthModel
import Foundation
import OTP
import TerminalUI
import Testing

@testable import AuthTerm

@Suite struct AccountSettingsFlowTests {
    static func session(_ id: String, current: Bool = false) -> SessionInfo {
        SessionInfo(id: id, createdAt: Samples.date, lastSeenAt: Samples.date, expiresAt: Samples.date,
                    clientAddress: "192.0.2.\(id.count)", userAgent: "authterm", current: current, remembered: false)
    }

    static func onAccountSettings(api: @escaping ScriptedAPI) -> FlowDriver {
        var driver = FlowDriver(api: api)
        driver.state.session = Samples.session
        driver.state.screen = .home(HomeScreen(account: Samples.account))
        driver.press(.function(2), .character("a"))
        return driver
    }

    @Test func theAvatarMenuLeadsToMultifactorAuthentication() {
        var driver = Self.onAccountSettings { request in
            request == .loadAccount(.mfa) ? .success(.account(Samples.account)) : nil
        }
        #expect(driver.state.screen == .account(AccountScreen(account: Samples.account, text: Catalog(.en))))
        #expect(driver.screenText.contains("ada@example.com"))
        #expect(driver.screenText.contains("Ada Lovelace"))
        driver.press(.enter)
        #expect(driver.state.screen == .mfa(MFAScreen(account: Samples.account)))
        driver.press(.escape)
        #expect(driver.state.screen == .account(AccountScreen(account: Samples.account, text: Catalog(.en))))
        driver.press(.escape)
        #expect(driver.state.screen == .home(HomeScreen(account: Samples.account)))
    }

    /// A server without an SMS gateway lists no `sms` method: the phone number is not offered, and `p` does nothing.
    @Test func noPhoneNumberIsOfferedWhenTheServerSendsNoTextMessages() {
        var driver = Self.onAccountSettings { request in
            request == .loadAccount(.mfa) ? .success(.account(Samples.account)) : nil
        }
        driver.send(.serviceLoaded(ServiceInfo(issuer: "Example", resetPolicy: .keepMFA, methods: [.totp])))
        driver.press(.enter)
        #expect(driver.state.screen == .mfa(MFAScreen(account: Samples.account, offersPhone: false)))
        #expect(driver.screenText.contains("[ Setup ]"))
        #expect(!driver.screenText.contains("Add phone number"))
        driver.press(.character("p"))
        #expect(driver.state.screen == .mfa(MFAScreen(account: Samples.account, offersPhone: false)))
    }

    @Test func signOutTheOtherSessionsAtOnce() {
        var driver = Self.onAccountSettings { request in
            switch request {
            case .listSessions: .success(.sessions([Self.session("a", current: true), Self.session("bb"), Self.session("ccc")]))
            case .endOtherSessions: .success(.accepted)
            default: nil
            }
        }
        driver.press(.character("s"))
        #expect(driver.screenText.contains("This session · 192.0.2.1, authterm"))
        #expect(driver.screenText.contains("[ Sign out the others ]"))
        driver.press(.enter)
        #expect(driver.sent == [.listSessions, .endOtherSessions])
        guard case .sessions(let page) = driver.state.screen else { Issue.record("left the page"); return }
        #expect(page.sessions.map(\.id) == ["a"])
        #expect(driver.state.message?.text == "The other sessions were signed out.")
    }

    @Test func changePasswordChecksLocallyThenSends() {
        var driver = Self.onAccountSettings { request in
            if case .changePassword = request { return .success(.accepted) }
            return nil
        }
        driver.press(.character("p"))
        driver.type("old password")
        driver.press(.enter)
        driver.type("new password 2026")
        driver.press(.enter)
        driver.type("new password 2025")
        driver.press(.enter)
        #expect(driver.sent.isEmpty)
        #expect(driver.state.message?.text == "The two passwords do not match.")
        driver.press(.ctrl("u"))
        driver.type("new password 2026")
        driver.press(.enter)
        #expect(driver.sent == [.changePassword(currentPassword: "old password", newPassword: "new password 2026")])
        #expect(driver.state.screen == .account(AccountScreen(account: Samples.account, text: Catalog(.en))))
        #expect(driver.state.message?.text.contains("Your password was changed") == true)
    }

    @Test func theDemoAuthenticatorShowsTheCodeOfEachEnrolledSecret() throws {
        let demo = AppSettings(server: "http://127.0.0.1:4000", demoAccount: DemoAccount(email: "ada@example.com", password: "pw"))
        var driver = MFASamples.driver(on: MFASamples.account(enabled: false, methods: []), settings: demo) { request in
            request == .startTotpSetup(label: "Authenticator app") ? .success(.totpSetup(MFASamples.totpSetup())) : nil
        }
        #expect(driver.screenText.contains("F4 demo codes"))
        driver.press(.character("s"), .enter)
        #expect(driver.state.demoAuthenticator.entries.map(\.secret) == [MFASamples.secret])
        let now = Date(timeIntervalSince1970: 1_794_999_995)  // 5 s into a 30 s step
        driver.send(.clock(now))
        driver.press(.function(4))
        let code = try #require(TOTP(base32: MFASamples.secret)).code(at: now)
        #expect(driver.screenText.contains("Demo authenticator"))
        #expect(driver.screenText.contains("\(code.prefix(3)) \(code.suffix(3))  25s"))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
    }

    @Test func secretsAreNotKeptOutsideTheDemo() {
        var driver = MFASamples.driver(on: MFASamples.account(enabled: false, methods: [])) { request in
            request == .startTotpSetup(label: "Authenticator app") ? .success(.totpSetup(MFASamples.totpSetup())) : nil
        }
        driver.press(.character("s"), .enter)
        #expect(driver.state.demoAuthenticator.entries.isEmpty)
        driver.press(.function(4))
        #expect(driver.state.overlay == nil)
    }
}
