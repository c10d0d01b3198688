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
        }
    }
}
