extension APIOperation {
    /// The JSON body the operation takes, if any.
    public var requestType: (any Codable.Type)? {
        switch self {
        case .startSignIn: StartSignInRequest.self
        case .submitPassword: SubmitPasswordRequest.self
        case .sendSignInCode, .sendReauthenticationCode: SendCodeRequest.self
        case .submitCode: SubmitCodeRequest.self
        case .resumeSession: ResumeSessionRequest.self
        case .reauthenticate: ReauthenticateRequest.self
        case .changePassword: ChangePasswordRequest.self
        case .startTotpSetup: StartTotpSetupRequest.self
        case .verifyTotpSetup, .verifyPhoneSetup: VerifySetupRequest.self
        case .startPhoneSetup: StartPhoneSetupRequest.self
        case .renameMfaMethod: RenameMethodRequest.self
        case .updateAccount: UpdateAccountRequest.self
        case .forgotPassword: ForgotPasswordRequest.self
        case .resetPassword: ResetPasswordRequest.self
        case .signOut, .listSessions, .revokeSession, .endOtherSessions, .getAccount, .enableMfa, .removeMfaMethod,
             .generateRecoveryCodes, .getService, .health, .readiness:
            nil
        }
    }

    /// The JSON body of a successful answer, if any.
    public var responseType: (any Codable.Type)? {
        switch self {
        case .startSignIn: StartSignInResponse.self
        case .submitPassword, .submitCode: SignInProgress.self
        case .resumeSession: SessionResponse.self
        case .listSessions: SessionList.self
        case .getAccount, .updateAccount: Account.self
        case .reauthenticate: ReauthenticateResponse.self
        case .startTotpSetup: TotpSetup.self
        case .startPhoneSetup: PhoneSetup.self
        case .verifyTotpSetup, .verifyPhoneSetup, .renameMfaMethod: MethodResponse.self
        case .enableMfa: MFAStatusResponse.self
        case .generateRecoveryCodes: RecoveryCodes.self
        case .getService: ServiceInfo.self
        case .health, .readiness: HealthResponse.self
        case .sendSignInCode, .sendReauthenticationCode, .signOut, .revokeSession, .endOtherSessions, .changePassword,
             .removeMfaMethod,
             .forgotPassword, .resetPassword:
            nil
        }
    }
}
