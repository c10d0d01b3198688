import AuthClient
import AuthModel

/// A `Request` turned into HTTP, with how to read its answer as a `Reply`.
struct PreparedCall: Sendable {
    let request: HTTPRequest
    let decode: @Sendable (HTTPResponse) throws(ClientError) -> Reply

    init<Response>(_ call: APICall<Response>, reply: @escaping @Sendable (Response) -> Reply) {
        request = call.request
        decode = { response throws(ClientError) in reply(try call.decode(response)) }
    }

    /// The API call for `request`; `sessionToken` is the open session's, for the calls that need one.
    init(_ request: Request, api: AuthAPI, sessionToken: String?) {
        let token = sessionToken ?? ""
        switch request {
        case .startSignIn(let email):
            self.init(api.startSignIn(email: email), reply: Reply.signInStarted)
        case .submitPassword(let flow, let password, let remember):
            self.init(api.submitPassword(flow: flow, password: password, remember: remember), reply: Reply.signInProgress)
        case .sendSignInCode(let flow, let method):
            self.init(api.sendSignInCode(flow: flow, method: method)) { Reply.accepted }
        case .submitCode(let flow, let method, let code):
            self.init(api.submitCode(flow: flow, method: method, code: code), reply: Reply.signInProgress)
        case .resumeSession(let rememberToken):
            self.init(api.resumeSession(rememberToken: rememberToken)) { Reply.resumed($0.session) }
        case .getAccount:
            self.init(api.getAccount(sessionToken: token), reply: Reply.account)
        case .signOut:
            self.init(api.signOut(sessionToken: token)) { Reply.accepted }
        case .forgotPassword(let email):
            self.init(api.forgotPassword(email: email)) { Reply.accepted }
        case .resetPassword(let email, let code, let newPassword):
            self.init(api.resetPassword(email: email, code: code, newPassword: newPassword)) { Reply.accepted }
        case .loadAccount:
            self.init(api.getAccount(sessionToken: token), reply: Reply.account)
        case .listSessions:
            self.init(api.listSessions(sessionToken: token)) { Reply.sessions($0.sessions) }
        case .endOtherSessions:
            self.init(api.endOtherSessions(sessionToken: token)) { Reply.accepted }
        case .reauthenticate(let password, let method, let code):
            self.init(api.reauthenticate(password: password, method: method, code: code, sessionToken: token)) { _ in
                Reply.reauthenticated
            }
        case .sendReauthenticationCode(let method):
            self.init(api.sendReauthenticationCode(method: method, sessionToken: token)) { Reply.accepted }
        case .updateAccount(let language):
            self.init(api.updateAccount(language: language, sessionToken: token), reply: Reply.account)
        case .changePassword(let currentPassword, let newPassword):
            self.init(api.changePassword(currentPassword: currentPassword, newPassword: newPassword, sessionToken: token)) {
                Reply.accepted
            }
        case .startTotpSetup(let label):
            self.init(api.startTotpSetup(label: label, sessionToken: token), reply: Reply.totpSetup)
        case .verifyTotpSetup(let setup, let code):
            self.init(api.verifyTotpSetup(setup: setup, code: code, sessionToken: token)) { Reply.method($0.method) }
        case .startPhoneSetup(let phone, let label):
            self.init(api.startPhoneSetup(phone: phone, label: label, sessionToken: token), reply: Reply.phoneSetup)
        case .verifyPhoneSetup(let setup, let code):
            self.init(api.verifyPhoneSetup(setup: setup, code: code, sessionToken: token)) { Reply.method($0.method) }
        case .enableMfa:
            self.init(api.enableMfa(sessionToken: token)) { Reply.mfaStatus($0.mfa) }
        case .renameMfaMethod(let id, let label):
            self.init(api.renameMfaMethod(id: id, label: label, sessionToken: token)) { Reply.method($0.method) }
        case .removeMfaMethod(let id):
            self.init(api.removeMfaMethod(id: id, sessionToken: token)) { Reply.accepted }
        case .generateRecoveryCodes:
            self.init(api.generateRecoveryCodes(sessionToken: token), reply: Reply.recoveryCodes)
        }
    }
}
