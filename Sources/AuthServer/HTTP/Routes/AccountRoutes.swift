import AuthModel

/// The account: read it, change its settings, reauthenticate (with a texted code if need be), change the password.
struct AccountRoutes {
    func register(on routes: OperationRouter) {
        let accounts = routes.services.accounts
        routes.on(.getAccount) { call in
            try await accounts.account(try call.current)
        }
        routes.on(.updateAccount, body: UpdateAccountRequest.self) { call in
            try await accounts.update(call.body, try call.current, origin: call.origin)
        }
        routes.on(.reauthenticate, body: ReauthenticateRequest.self) { call in
            try await accounts.reauthenticate(call.body, try call.current, origin: call.origin)
        }
        routes.on(.sendReauthenticationCode, body: SendCodeRequest.self) { call in
            try await accounts.sendReauthenticationCode(call.body, try call.current, origin: call.origin)
            return NoContent()
        }
        routes.on(.changePassword, body: ChangePasswordRequest.self) { call in
            try await accounts.changePassword(call.body, try call.current, origin: call.origin)
            return NoContent()
        }
    }
}
