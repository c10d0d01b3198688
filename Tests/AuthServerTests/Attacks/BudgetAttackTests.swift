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
            let method = try await api.enrollPhoneAndEnable(server, phone: Self.phone, token: session.token)

            for _ in 0..<6 {
                #expect(try await api.send(.forgotPassword, body: ForgotPasswordRequest(email: Self.email)).status == 202)
            }
            let (flow, _) = try await api.signIn(Self.email, TestServer.password)
            let sent = try await api.send(.sendSignInCode, ["flow": flow], body: SendCodeRequest(method: method.id))
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
