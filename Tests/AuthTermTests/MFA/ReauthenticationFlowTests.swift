import AuthClient
import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

@Suite struct ReauthenticationFlowTests {
    @Test func theActionIsRetriedAfterThePasswordAndACode() {
        let account = MFASamples.account(enabled: true, methods: [MFASamples.pixel, MFASamples.phone], recoveryCodes: 8)
        var recent = false
        var driver = MFASamples.driver(on: account) { request in
            switch request {
            case .generateRecoveryCodes where !recent: return .failure(Samples.serverError(.reauthenticationRequired))
            case .generateRecoveryCodes:
                return .success(.recoveryCodes(RecoveryCodes(codes: ["wxyz-1234"], generatedAt: Samples.date)))
            case .reauthenticate(let password, "m-pixel", "123456") where password == "correct horse battery":
                recent = true
                return .success(.reauthenticated)
            case .reauthenticate:
                return .failure(Samples.serverError(.invalidCredentials))
            default: return nil
            }
        }
        driver.press(.character("c"), .enter)
        guard case .reauthenticate(let dialog) = driver.state.overlay else { Issue.record("no dialog"); return }
        #expect(dialog.retry == .generateRecoveryCodes)
        #expect(dialog.sources.map { $0.name(Catalog(.en)) } == ["Pixel", "SMS to +81 •••• ••42", "Recovery code"], "the apps first")
        #expect(driver.screenText.contains("Confirm it's you"))
        #expect(driver.screenText.contains("Code from  < Pixel >"))
        #expect(driver.screenText.contains("←→ code from"))

        driver.type("wrong password")
        driver.press(.enter)
        driver.type("123456")
        driver.press(.enter)
        guard case .reauthenticate(let refused) = driver.state.overlay else { Issue.record("dialog closed"); return }
        #expect(refused.status == .error("The e-mail address or password is incorrect."))
        #expect(refused.password.text.isEmpty)

        driver.type("correct horse battery")
        driver.press(.enter)
        driver.type("123456")
        driver.press(.enter)
        #expect(Array(driver.sent.suffix(2)) == [
            .reauthenticate(password: "correct horse battery", method: "m-pixel", code: "123456"), .generateRecoveryCodes,
        ])
        #expect(driver.state.overlay == nil)
        #expect(driver.screenText.contains("wxyz-1234"))
    }

    /// An account whose only method is a phone: the dialog texts a code on request.
    @Test func aPhoneOnlyAccountConfirmsWithATextedCode() {
        let account = MFASamples.account(enabled: true, methods: [MFASamples.phone])
        var recent = false
        var driver = MFASamples.driver(on: account) { request in
            switch request {
            case .renameMfaMethod where !recent: return .failure(Samples.serverError(.reauthenticationRequired))
            case .renameMfaMethod: return .success(.method(MFASamples.phone))
            case .sendReauthenticationCode("m-sms"): return .success(.accepted)
            case .reauthenticate("pw", "m-sms", "246810"):
                recent = true
                return .success(.reauthenticated)
            case .loadAccount: return .success(.account(account))
            default: return nil
            }
        }
        driver.press(.character("n"), .enter)
        guard case .reauthenticate(let dialog) = driver.state.overlay else { Issue.record("no dialog"); return }
        #expect(dialog.sources.map { $0.name(Catalog(.en)) } == ["SMS to +81 •••• ••42", "Recovery code"])
        #expect(driver.screenText.contains("Code from  < SMS to +81 •••• ••42 >  [ Send code ]"))
        driver.type("pw")
        driver.press(.enter)  // on to Send code
        driver.press(.enter)
        #expect(driver.sent.last == .sendReauthenticationCode(method: "m-sms"))
        #expect(driver.screenText.contains("Code sent. It is valid for 10 minutes."))
        driver.type("246810")
        driver.press(.enter)
        #expect(Array(driver.sent.suffix(3)) == [
            .reauthenticate(password: "pw", method: "m-sms", code: "246810"), .renameMfaMethod(id: "m-sms", label: "Phone"),
            .loadAccount(.mfa),
        ])
        #expect(driver.state.overlay == nil)
    }

    /// A code that cannot be sent (the budget is spent) says why and keeps what was typed.
    @Test func aCodeThatCannotBeSentSaysWhy() {
        let account = MFASamples.account(enabled: true, methods: [MFASamples.phone])
        var driver = MFASamples.driver(on: account) { request in
            switch request {
            case .renameMfaMethod: .failure(Samples.serverError(.reauthenticationRequired))
            case .sendReauthenticationCode: .failure(Samples.serverError(.rateLimited, retryAfter: 600))
            default: nil
            }
        }
        driver.press(.character("n"), .enter)
        driver.type("pw")
        driver.click("reauthSendCode")
        guard case .reauthenticate(let dialog) = driver.state.overlay else { Issue.record("dialog closed"); return }
        #expect(dialog.status == .error("Too many requests. Try again in 10 minutes."))
        #expect(dialog.password.text == "pw")
    }

    @Test func withoutMFAOnlyThePasswordIsAsked() {
        let account = MFASamples.account(enabled: false, methods: [MFASamples.pixel])
        var driver = MFASamples.driver(on: account) { request in
            switch request {
            case .renameMfaMethod: .failure(Samples.serverError(.reauthenticationRequired))
            default: nil
            }
        }
        driver.press(.character("n"), .enter)
        guard case .reauthenticate(let dialog) = driver.state.overlay else { Issue.record("no dialog"); return }
        #expect(dialog.sources.isEmpty)
        #expect(!driver.screenText.contains("Code from"))
        #expect(!driver.screenText.contains("code from"), "no code source to choose in the footer")
        driver.type("pw")
        driver.press(.enter)
        #expect(driver.sent.last == .reauthenticate(password: "pw", method: nil, code: nil))
        driver.send(.replied(.success(.reauthenticated)))
        #expect(driver.sent.last == .renameMfaMethod(id: "m-pixel", label: "Pixel"))
    }

    @Test func escCancelsTheDialog() {
        let account = MFASamples.account(enabled: false, methods: [MFASamples.pixel])
        var driver = MFASamples.driver(on: account) { _ in .failure(Samples.serverError(.reauthenticationRequired)) }
        driver.press(.character("e"), .character("y"))
        #expect(driver.state.overlay != nil)
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.message?.text == "Cancelled.")
    }
}
