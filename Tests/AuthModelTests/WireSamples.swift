import AuthModel
import Foundation

/// One value of a wire type with every optional field set (`full`) and one with none (`minimal`).
struct WireSample: Sendable {
    let full: any Codable & Equatable & Sendable
    let minimal: any Codable & Equatable & Sendable

    var typeName: String { String(describing: type(of: full)) }

    init<T: Codable & Equatable & Sendable>(_ full: T, minimal: T? = nil) {
        self.full = full
        self.minimal = minimal ?? full
    }
}

/// A sample of every object type of the contract.
enum WireSamples {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)
    static let session = Session(
        token: "tok", expiresAt: date, rememberToken: "rem", rememberExpiresAt: date.addingTimeInterval(14 * 86_400))
    static let signInMethod = SignInMethod(id: "m1", kind: .sms, label: "Phone", destination: "+81 •••• ••42")
    static let method = MFAMethod(
        id: "m1", kind: .totp, label: "Pixel", createdAt: date, lastUsedAt: date, destination: "+81 •••• ••42")
    static let mfa = MFAStatus(enabled: true, methods: [method], recoveryCodesRemaining: 10)
    static let sessionInfo = SessionInfo(
        id: "s1", createdAt: date, lastSeenAt: date, expiresAt: date, clientAddress: "127.0.0.1",
        userAgent: "authterm/0.1.0", current: true, remembered: false)

    static let all: [WireSample] = [
        WireSample(ErrorResponse(error: ErrorBody(code: .locked, message: "Locked", retryAfter: 60, attemptsLeft: 0))),
        WireSample(
            ErrorBody(code: .locked, message: "Locked", retryAfter: 60, attemptsLeft: 0),
            minimal: ErrorBody(code: .invalidCode, message: "Wrong code")),
        WireSample(StartSignInRequest(email: "ada@example.com")),
        WireSample(StartSignInResponse(flow: "f1", expiresAt: date)),
        WireSample(SubmitPasswordRequest(password: "correct horse battery", remember: true)),
        WireSample(signInMethod, minimal: SignInMethod(id: "m2", kind: .totp, label: "App")),
        WireSample(session, minimal: Session(token: "tok", expiresAt: date)),
        WireSample(
            SignInProgress(next: .code, methods: [signInMethod], session: session),
            minimal: SignInProgress(next: .password)),
        WireSample(SendCodeRequest(method: "m1")),
        WireSample(SubmitCodeRequest(method: SubmitCodeRequest.recoveryMethod, code: "123456")),
        WireSample(ResumeSessionRequest(rememberToken: "rem")),
        WireSample(SessionResponse(session: session)),
        WireSample(
            sessionInfo,
            minimal: SessionInfo(id: "s2", createdAt: date, lastSeenAt: date, expiresAt: date, current: false, remembered: true)),
        WireSample(SessionList(sessions: [sessionInfo])),
        WireSample(method, minimal: MFAMethod(id: "m2", kind: .sms, label: "Work", createdAt: date)),
        WireSample(mfa),
        WireSample(
            Account(
                email: "ada@example.com", displayName: "Ada Lovelace", mfa: mfa, createdAt: date,
                passwordChangedAt: date, reauthenticatedUntil: date, language: .ja),
            minimal: Account(email: "ada@example.com", displayName: "Ada", mfa: mfa, createdAt: date)),
        WireSample(UpdateAccountRequest(language: .ja), minimal: UpdateAccountRequest()),
        WireSample(
            ReauthenticateRequest(password: "pw", method: "m1", code: "123456"),
            minimal: ReauthenticateRequest(password: "pw")),
        WireSample(ReauthenticateResponse(reauthenticatedUntil: date)),
        WireSample(ChangePasswordRequest(currentPassword: "old", newPassword: "new")),
        WireSample(StartTotpSetupRequest(label: "Pixel 9")),
        WireSample(
            TotpSetup(
                setup: "st1", secret: "JBSWY3DPEHPK3PXP", otpauthUri: "otpauth://totp/authterm:ada@example.com?secret=JBSWY3DPEHPK3PXP&issuer=authterm",
                issuer: "authterm", account: "ada@example.com", expiresAt: date)),
        WireSample(StartPhoneSetupRequest(phone: "+81312345678", label: "Phone")),
        WireSample(PhoneSetup(setup: "st2", destination: "+81 •••• ••78", expiresAt: date)),
        WireSample(VerifySetupRequest(code: "123456")),
        WireSample(MethodResponse(method: method)),
        WireSample(MFAStatusResponse(mfa: mfa)),
        WireSample(RenameMethodRequest(label: "Old phone")),
        WireSample(RecoveryCodes(codes: ["abcd-efgh"], generatedAt: date)),
        WireSample(ForgotPasswordRequest(email: "ada@example.com")),
        WireSample(ResetPasswordRequest(email: "ada@example.com", code: "123456", newPassword: "new password")),
        WireSample(HealthResponse()),
        WireSample(ServiceLink(title: "Manual", url: "https://example.ac.jp/mfa")),
        WireSample(
            ServiceInfo(
                issuer: "Example University", supportContact: "IT Service Desk, help@example.ac.jp",
                supportHours: "Weekdays 9:00-17:00", notices: ["Use Microsoft Authenticator."],
                links: [ServiceLink(title: "Manual", url: "https://example.ac.jp/mfa")], resetPolicy: .keepMFA),
            minimal: ServiceInfo(issuer: "authterm", resetPolicy: .clearMFA)),
    ]
}
