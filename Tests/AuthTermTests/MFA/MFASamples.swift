import AuthModel
import Foundation
import TerminalUI

@testable import AuthTerm

/// Accounts, methods and enrollments for the Account Settings tests.
enum MFASamples {
    static let date = Samples.date
    static let pixel = MFAMethod(id: "m-pixel", kind: .totp, label: "Pixel", createdAt: date, lastUsedAt: date)
    static let iphone = MFAMethod(id: "m-iphone", kind: .totp, label: "iPhone", createdAt: date)
    static let phone = MFAMethod(id: "m-sms", kind: .sms, label: "Phone", createdAt: date, destination: "+81 •••• ••42")
    static let secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

    static func account(enabled: Bool, methods: [MFAMethod], recoveryCodes: Int = 0) -> Account {
        var account = Samples.account
        account.mfa = MFAStatus(enabled: enabled, methods: methods, recoveryCodesRemaining: recoveryCodes)
        return account
    }

    /// An enrollment as the server answers it (its URI as `ProvisioningURI` writes it), for the account `account`.
    static func totpSetup(id: String = "setup-1", account: String = "ada@example.com") -> TotpSetup {
        TotpSetup(setup: id, secret: secret, otpauthUri: "otpauth://totp/authterm:\(account)?secret=\(secret)&issuer=authterm",
                  issuer: "authterm", account: account, expiresAt: date)
    }

    /// A signed-in driver showing the Multifactor Authentication screen of `account`.
    static func driver(on account: Account, settings: AppSettings = AppSettings(server: "https://auth.example.com"),
                       api: @escaping ScriptedAPI) -> FlowDriver {
        var driver = FlowDriver(settings: settings, api: api)
        driver.state.session = Samples.session
        driver.state.screen = .mfa(MFAScreen(account: account))
        return driver
    }
}
