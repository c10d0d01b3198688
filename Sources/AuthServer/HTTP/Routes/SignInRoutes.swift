import AuthModel

/// Sign-in: e-mail, password, SMS code, verification code.
struct SignInRoutes {
    func register(on routes: OperationRouter) {
        let signIn = routes.services.signIn
        routes.on(.startSignIn, body: StartSignInRequest.self) { call in
            try await signIn.start(email: call.body.email, origin: call.origin)
        }
        routes.on(.submitPassword, body: SubmitPasswordRequest.self) { call in
            try await signIn.submitPassword(flow: call.parameter("flow", unknown: .flowExpired), call.body, origin: call.origin)
        }
        routes.on(.sendSignInCode, body: SendCodeRequest.self) { call in
            try await signIn.sendCode(flow: call.parameter("flow", unknown: .flowExpired), call.body, origin: call.origin)
            return NoContent()
        }
        routes.on(.submitCode, body: SubmitCodeRequest.self) { call in
            try await signIn.submitCode(flow: call.parameter("flow", unknown: .flowExpired), call.body, origin: call.origin)
        }
    }
}
