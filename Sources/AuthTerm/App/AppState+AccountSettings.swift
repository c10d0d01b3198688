import AuthModel
import TerminalUI

/// Account Settings and Multifactor Authentication: what the user asks for on those screens.
extension AppState {
    /// Gives an event to one of the Account Settings screens and acts on what it asks for.
    mutating func handleAccountSettings(_ input: Event) -> [Effect] {
        switch screen {
        case .account(var page):
            let intent = page.handle(input)
            screen = .account(page)
            switch intent {
            case .open(let target): return open(target, account: page.account)
            case .back: show(.home(HomeScreen(account: page.account)))
            case nil: break
            }
        case .mfa(var page):
            let intent = page.handle(input)
            screen = .mfa(page)
            switch intent {
            case .act(let action, let method): return act(action, method: method, account: page.account)
            case .back: show(.account(AccountScreen(account: page.account, text: text)))
            case nil: break
            }
        case .totpSetup(var wizard):
            let intent = wizard.handle(input)
            screen = .totpSetup(wizard)
            switch intent {
            case .start(let label): return send(.startTotpSetup(label: label))
            case .verify(let setup, let code): return send(.verifyTotpSetup(setup: setup, code: code))
            case .copySecret(let secret): return copy(secret, notice: .copiedKey)
            case .usePhone: show(.phoneSetup(PhoneSetupScreen(purpose: .forced, account: nil, text: text)))
            case .back: return leaveEnrollment(account: wizard.account)
            case nil: break
            }
        case .phoneSetup(var form):
            let intent = form.handle(input)
            screen = .phoneSetup(form)
            switch intent {
            case .start(let phone, let label): return send(.startPhoneSetup(phone: phone, label: label))
            case .verify(let setup, let code): return send(.verifyPhoneSetup(setup: setup, code: code))
            case .invalidNumber: message = .error(text(.phoneNumberInvalid))
            // The forced setup goes back to its first step, where an app is the other choice.
            case .back where form.purpose == .forced: startForcedSetup()
            case .back: return leaveEnrollment(account: form.account)
            case nil: break
            }
        case .activation(var page):
            let choice = page.handle(input)
            screen = .activation(page)
            switch choice {
            case .addAnother: return send(.loadAccount(.mfa))
            case .activate: return send(.enableMfa)
            case nil: break
            }
        case .enrollmentDone(var page):
            let choice = page.handle(input)
            screen = .enrollmentDone(page)
            switch choice {
            case .recoveryCodes: show(.recoveryCodes(RecoveryCodesScreen(account: page.account)))
            // After the forced setup the account is usable again: home, as after any sign-in.
            case .done: return send(page.purpose == .forced ? .getAccount : .loadAccount(.mfa))
            case nil: break
            }
        case .recoveryCodes(var page):
            let intent = page.handle(input)
            screen = .recoveryCodes(page)
            switch intent {
            case .generate: return send(.generateRecoveryCodes)
            case .copy(let codes): return copy(codes, notice: .copiedRecoveryCodes)
            case .done: return send(.loadAccount(.mfa))
            case nil: break
            }
        case .renameMethod(var form):
            let intent = form.handle(input)
            screen = .renameMethod(form)
            switch intent {
            case .save(let label): return send(.renameMfaMethod(id: form.method.id, label: label))
            case .back: show(.mfa(mfaScreen(form.account)))
            case nil: break
            }
        case .sessions(var page):
            let intent = page.handle(input)
            screen = .sessions(page)
            switch intent {
            case .signOutOthers: return send(.endOtherSessions)
            case .back: show(.account(AccountScreen(account: page.account, text: text)))
            case nil: break
            }
        case .changePassword(var form):
            let intent = form.handle(input)
            screen = .changePassword(form)
            message = form.problemText(text).map(Message.error)
            switch intent {
            case .submit(let current, let newPassword):
                return send(.changePassword(currentPassword: current, newPassword: newPassword))
            case .back: show(.account(AccountScreen(account: form.account, text: text)))
            case nil: break
            }
        default:
            break
        }
        return []
    }

    /// The forced setup after a reset: straight into the wizard, the only thing the session allows,
    /// saying why; it offers a phone number as well.
    mutating func startForcedSetup() {
        show(.totpSetup(TotpSetupScreen(purpose: .forced, account: nil, qrMode: qrMode, text: text)))
        message = .notice(text(.forcedSetup))
    }

    var qrMode: QRView.Mode { .forTerminal(unicode: !settings.asciiOnly) }

    /// A new screen, without the last screen's message.
    mutating func show(_ next: Screen) {
        screen = next
        message = nil
    }

    private mutating func open(_ page: AccountPage, account: Account) -> [Effect] {
        switch page {
        case .mfa: return send(.loadAccount(.mfa))
        case .changePassword: show(.changePassword(ChangePasswordScreen(account: account)))
        case .sessions:
            show(.sessions(SessionsScreen(account: account)))
            return send(.listSessions)
        case .language: return send(.updateAccount(language: language.other))
        }
        return []
    }

    private mutating func act(_ action: MFAScreen.Action, method: MFAMethod?, account: Account) -> [Effect] {
        switch (action, method) {
        case (.setup, _): show(.totpSetup(TotpSetupScreen(purpose: .add, account: account, qrMode: qrMode, text: text)))
        case (.addPhone, _): show(.phoneSetup(PhoneSetupScreen(purpose: .add, account: account, text: text)))
        case (.rename, let method?): show(.renameMethod(RenameMethodScreen(account: account, method: method)))
        case (.replace, let method?) where method.kind == .totp:
            show(.totpSetup(TotpSetupScreen(purpose: .replace(method), account: account, qrMode: qrMode, text: text)))
        case (.replace, let method?):
            show(.phoneSetup(PhoneSetupScreen(purpose: .replace(method), account: account, text: text)))
        case (.remove, let method?): overlay = .confirmMFA(.remove(method), ConfirmState())
        case (.recoveryCodes, _): show(.recoveryCodes(RecoveryCodesScreen(account: account)))
        case (.enable, _): overlay = .confirmMFA(.enable, ConfirmState())
        case (.rename, nil), (.replace, nil), (.remove, nil): break
        }
        return []
    }

    /// The MFA screen of `account`, offering a phone number when the server sends text messages
    /// (until the service is known, it is offered: the server still says `sms_unavailable`).
    func mfaScreen(_ account: Account) -> MFAScreen {
        MFAScreen(account: account, offersPhone: service?.methods.contains(.sms) ?? true)
    }

    /// Esc out of an enrollment: back to the MFA screen, or signed out when the setup is forced.
    private mutating func leaveEnrollment(account: Account?) -> [Effect] {
        guard let account else { return signOut() }
        show(.mfa(mfaScreen(account)))
        return []
    }

    private mutating func copy(_ copied: String, notice: TextKey) -> [Effect] {
        message = .notice(text(notice))
        return [.copyToClipboard(copied)]
    }
}
