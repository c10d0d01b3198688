import AuthModel
import Foundation
import OTP
import Testing

@testable import AuthServer

/// An authenticator enrolled through the API: its method and the secret the phone app would hold.
struct EnrolledAuthenticator {
    let method: MFAMethod
    let totp: TOTP

    /// The app's code `steps` periods from now.
    func code(at clock: ManualClock, steps: Int = 0) -> String {
        totp.code(at: clock.now.addingTimeInterval(TimeInterval(30 * steps)))
    }
}

extension APIClient {
    func enrollAuthenticator(token: String, clock: ManualClock, label: String = "Phone") async throws
        -> EnrolledAuthenticator
    {
        let setup = try await expect(
            TotpSetup.self, .startTotpSetup, body: StartTotpSetupRequest(label: label), token: token)
        let totp = TOTP(secret: try #require(Base32.decode(setup.secret)))
        let method = try await expect(
            MethodResponse.self, .verifyTotpSetup, ["setup": setup.setup],
            body: VerifySetupRequest(code: totp.code(at: clock.now)), token: token
        ).method
        return EnrolledAuthenticator(method: method, totp: totp)
    }

    /// Registers the phone `phone` for the account of `token` with the code texted to it, and
    /// turns MFA on: the account's only method is then that phone.
    func enrollPhoneAndEnable(_ server: TestServer, phone: String, token: String) async throws -> MFAMethod {
        let setup = try await expect(
            PhoneSetup.self, .startPhoneSetup, body: StartPhoneSetupRequest(phone: phone, label: "Mobile"), token: token)
        let method = try await expect(
            MethodResponse.self, .verifyPhoneSetup, ["setup": setup.setup],
            body: VerifySetupRequest(code: try #require(server.sms.lastCode(to: phone))), token: token
        ).method
        _ = try await expect(MFAStatusResponse.self, .enableMfa, token: token)
        return method
    }

    /// Signs in an account with MFA on, answering with the authenticator's current code.
    func signInWithCode(
        _ email: String, _ password: String, authenticator: EnrolledAuthenticator, clock: ManualClock,
        remember: Bool = false
    ) async throws -> Session {
        let (flow, progress) = try await signIn(email, password, remember: remember)
        #expect(progress.next == .code)
        let done = try await expect(
            SignInProgress.self, .submitCode, ["flow": flow],
            body: SubmitCodeRequest(method: authenticator.method.id, code: authenticator.code(at: clock)))
        #expect(done.next == .done)
        return try #require(done.session)
    }
}
