import AuthModel
import Foundation
import Testing

@testable import AuthClient

/// The request every operation builds: method, URL, headers and JSON body.
@Suite struct APIRequestTests {
    let api = AuthAPI(server: "https://auth.example.com/")

    /// One built call per operation, with what it must look like on the wire.
    struct Expectation {
        let operation: APIOperation
        let request: HTTPRequest
        let method: String
        let path: String
        let sessionToken: String?
        let body: [String: AnyHashable]?

        init<R>(_ call: APICall<R>, _ method: String, _ path: String, token: String? = nil,
                body: [String: AnyHashable]? = nil) {
            operation = call.operation
            request = call.request
            self.method = method
            self.path = path
            sessionToken = token
            self.body = body
        }
    }

    var expectations: [Expectation] {
        [
            Expectation(api.startSignIn(email: "ada@example.com"), "POST", "/v1/sign-in",
                        body: ["email": "ada@example.com"]),
            Expectation(api.submitPassword(flow: "f/1", password: "pw", remember: true), "POST",
                        "/v1/sign-in/f%2F1/password", body: ["password": "pw", "remember": true]),
            Expectation(api.sendSignInCode(flow: "f1", method: "m1"), "POST", "/v1/sign-in/f1/send-code",
                        body: ["method": "m1"]),
            Expectation(api.submitCode(flow: "f1", method: "recovery", code: "123456"), "POST",
                        "/v1/sign-in/f1/code", body: ["method": "recovery", "code": "123456"]),
            Expectation(api.resumeSession(rememberToken: "r1"), "POST", "/v1/sessions/resume",
                        body: ["remember_token": "r1"]),
            Expectation(api.signOut(sessionToken: "t"), "DELETE", "/v1/sessions/current", token: "t"),
            Expectation(api.listSessions(sessionToken: "t"), "GET", "/v1/sessions", token: "t"),
            Expectation(api.revokeSession(id: "s 2", sessionToken: "t"), "DELETE", "/v1/sessions/s%202", token: "t"),
            Expectation(api.endOtherSessions(sessionToken: "t"), "DELETE", "/v1/sessions", token: "t"),
            Expectation(api.getAccount(sessionToken: "t"), "GET", "/v1/account", token: "t"),
            Expectation(api.updateAccount(language: .ja, sessionToken: "t"), "PATCH", "/v1/account", token: "t",
                        body: ["language": "ja"]),
            Expectation(api.reauthenticate(password: "pw", method: "m1", code: "123456", sessionToken: "t"), "POST",
                        "/v1/account/reauthenticate", token: "t",
                        body: ["password": "pw", "method": "m1", "code": "123456"]),
            Expectation(api.sendReauthenticationCode(method: "m2", sessionToken: "t"), "POST",
                        "/v1/account/reauthenticate/send-code", token: "t", body: ["method": "m2"]),
            Expectation(api.changePassword(currentPassword: "old", newPassword: "new", sessionToken: "t"), "POST",
                        "/v1/account/password", token: "t", body: ["current_password": "old", "new_password": "new"]),
            Expectation(api.startTotpSetup(label: "Pixel", sessionToken: "t"), "POST", "/v1/account/mfa/totp",
                        token: "t", body: ["label": "Pixel"]),
            Expectation(api.verifyTotpSetup(setup: "u1", code: "123456", sessionToken: "t"), "POST",
                        "/v1/account/mfa/totp/u1/verify", token: "t", body: ["code": "123456"]),
            Expectation(api.startPhoneSetup(phone: "+81312345678", label: "Phone", sessionToken: "t"), "POST",
                        "/v1/account/mfa/phone", token: "t", body: ["phone": "+81312345678", "label": "Phone"]),
            Expectation(api.verifyPhoneSetup(setup: "u2", code: "654321", sessionToken: "t"), "POST",
                        "/v1/account/mfa/phone/u2/verify", token: "t", body: ["code": "654321"]),
            Expectation(api.enableMfa(sessionToken: "t"), "POST", "/v1/account/mfa/enable", token: "t"),
            Expectation(api.renameMfaMethod(id: "m1", label: "Old phone", sessionToken: "t"), "PATCH",
                        "/v1/account/mfa/methods/m1", token: "t", body: ["label": "Old phone"]),
            Expectation(api.removeMfaMethod(id: "m1", sessionToken: "t"), "DELETE", "/v1/account/mfa/methods/m1",
                        token: "t"),
            Expectation(api.generateRecoveryCodes(sessionToken: "t"), "POST", "/v1/account/mfa/recovery-codes",
                        token: "t"),
            Expectation(api.forgotPassword(email: "ada@example.com"), "POST", "/v1/password/forgot",
                        body: ["email": "ada@example.com"]),
            Expectation(api.resetPassword(email: "ada@example.com", code: "C0DE", newPassword: "new"), "POST",
                        "/v1/password/reset", body: ["email": "ada@example.com", "code": "C0DE", "new_password": "new"]),
            Expectation(api.getService(), "GET", "/v1/service"),
            Expectation(api.health(), "GET", "/healthz"),
            Expectation(api.readiness(), "GET", "/readyz"),
        ]
    }

    @Test func everyOperationHasACall() {
        #expect(Set(expectations.map(\.operation)) == Set(APIOperation.allCases))
    }

    @Test func methodAndURL() {
        for expected in expectations {
            #expect(expected.request.method.rawValue == expected.method, "\(expected.operation)")
            #expect(expected.request.url == "https://auth.example.com" + expected.path, "\(expected.operation)")
        }
    }

    @Test func bearerTokenExactlyWhereTheContractWantsIt() {
        for expected in expectations {
            #expect(expected.operation.requiresSession == (expected.sessionToken != nil), "\(expected.operation)")
            #expect(expected.request.headers["Authorization"] == expected.sessionToken.map { "Bearer \($0)" },
                    "\(expected.operation)")
        }
    }

    @Test func everyRequestNamesTheClient() {
        for expected in expectations {
            #expect(expected.request.headers["User-Agent"] == "authterm/\(ProductVersion.current)")
            #expect(expected.request.headers["Accept"] == "application/json")
        }
    }

    @Test func jsonBodyInWireFormat() throws {
        for expected in expectations {
            guard let body = expected.body else {
                #expect(expected.request.body == nil, "\(expected.operation)")
                #expect(expected.request.headers["Content-Type"] == nil, "\(expected.operation)")
                continue
            }
            #expect(expected.request.headers["Content-Type"] == "application/json", "\(expected.operation)")
            let data = try #require(expected.request.body, "\(expected.operation)")
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: AnyHashable])
            // Compared as Foundation objects: a JSON `true` reads back as an NSNumber.
            #expect(NSDictionary(dictionary: json) == NSDictionary(dictionary: body), "\(expected.operation)")
        }
    }

    @Test func serverURLKeepsItsBasePath() {
        let api = AuthAPI(server: " http://127.0.0.1:8080/auth// ")
        #expect(api.health().request.url == "http://127.0.0.1:8080/auth/healthz")
    }
}
