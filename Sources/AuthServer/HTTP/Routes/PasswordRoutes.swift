import AuthModel

/// Forgot password: ask for a code by mail, then set a new password with it.
struct PasswordRoutes {
    func register(on routes: OperationRouter) {
        let reset = routes.services.passwordReset
        routes.on(.forgotPassword, body: ForgotPasswordRequest.self) { call in
            try await reset.forgot(call.body, origin: call.origin)
            return NoContent()
        }
        routes.on(.resetPassword, body: ResetPasswordRequest.self) { call in
            try await reset.reset(call.body, origin: call.origin)
            return NoContent()
        }
    }
}
