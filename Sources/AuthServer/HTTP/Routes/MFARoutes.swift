import AuthModel

/// Multifactor authentication: enroll and confirm methods, enable, rename, remove, recovery codes.
struct MFARoutes {
    func register(on routes: OperationRouter) {
        let mfa = routes.services.mfa
        routes.on(.startTotpSetup, body: StartTotpSetupRequest.self) { call in
            try await mfa.startTOTP(call.body, for: try call.current, origin: call.origin)
        }
        routes.on(.startPhoneSetup, body: StartPhoneSetupRequest.self) { call in
            try await mfa.startPhone(call.body, for: try call.current, origin: call.origin)
        }
        for (operation, kind) in [(APIOperation.verifyTotpSetup, MethodKind.totp), (.verifyPhoneSetup, .sms)] {
            routes.on(operation, body: VerifySetupRequest.self) { call in
                MethodResponse(
                    method: try await mfa.verifySetup(
                        id: try call.parameter("setup"), kind: kind, code: call.body.code, for: try call.current,
                        origin: call.origin))
            }
        }
        routes.on(.enableMfa) { call in
            MFAStatusResponse(mfa: try await mfa.enable(for: try call.current, origin: call.origin))
        }
        routes.on(.renameMfaMethod, body: RenameMethodRequest.self) { call in
            MethodResponse(
                method: try await mfa.rename(
                    id: try call.parameter("id"), call.body, for: try call.current, origin: call.origin))
        }
        routes.on(.removeMfaMethod) { call in
            try await mfa.remove(id: try call.parameter("id"), for: try call.current, origin: call.origin)
            return NoContent()
        }
        routes.on(.generateRecoveryCodes) { call in
            try await mfa.generateRecoveryCodes(for: try call.current, origin: call.origin)
        }
    }
}
