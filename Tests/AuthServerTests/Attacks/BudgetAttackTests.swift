import AuthModel
import Foundation
import Testing

@testable import AuthServer

/// Budgets per action: what an anonymous caller spends never starves what a signed-in user needs.
@Suite struct BudgetAttackTests {
    static let email = "ada@example.com"
    static let phone = "+81312345678"

    @Test(arguments: StoreKind.allCases)
    func anonymousResetRequestsDoNotSpendTheSignInSMSBudget(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            let session = try await api.session(Self.email, TestServer.password)
            let setup = try await api.expect(
                PhoneSetup.self, .startPhoneSetup, body: StartPhoneSetupRequest(phone: Self.phone, label: "Mobile"),
                token: session.token)
            let method = try await api.expect(
                MethodResponse.self, .verifyPhoneSetup, ["setup": setup.setup],
                body: VerifySetupRequest(code: try #require(server.sms.lastCode(to: Self.phone))), token: session.token
            ).method
            _ = try await api.expect(MFAStatusResponse.self, .enableMfa, token: session.token)

            for _ in 0..<6 {
                #expect(try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: Self.email)).status == 202)
            }
            let (flow, _) = try await api.signIn(Self.email, TestServer.password)
            let sent = try await api.send(.sendSignInCode, ["flow": flow], body: SendSignInCodeRequest(method: method.id))
            #expect(sent.status == 202)
        }
    }

    /// An office behind one NAT address starts many sign-ins; reset mails still go out from there.
    @Test(arguments: StoreKind.allCases)
    func signInStartsDoNotSpendTheResetMailBudget(store: StoreKind) async throws {
        let server = try await TestServer(store: store)
        try await server.addUser()
        try await server.run { api in
            for index in 0..<40 {
                _ = try await api.expect(
                    StartSignInResponse.self, .startSignIn, body: StartSignInRequest(email: "user\(index)@example.com"))
            }
            #expect(try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: Self.email)).status == 202)
            #expect(try await server.mail.waitForMessage(to: Self.email, subject: "reset code") != nil)
        }
    }
}
