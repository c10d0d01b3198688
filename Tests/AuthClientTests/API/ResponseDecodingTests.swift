import AuthModel
import Foundation
import Testing

@testable import AuthClient

/// How every operation reads its answer, and how bad answers become typed errors.
@Suite struct ResponseDecodingTests {
    let api = AuthAPI(server: "https://auth.example.com")
    static let date = Date(timeIntervalSince1970: 1_795_000_000)
    static let session = Session(token: "tok", expiresAt: date, rememberToken: "rem", rememberExpiresAt: date)
    static let method = MFAMethod(id: "m1", kind: .totp, label: "Pixel", createdAt: date)
    static let mfa = MFAStatus(enabled: true, methods: [method], recoveryCodesRemaining: 10)

    func json<T: Encodable>(_ value: T, status: Int = 200) throws -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: try WireJSON.encode(value))
    }

    func roundTrip<R: Codable & Equatable>(_ call: APICall<R>, _ value: R) throws {
        let decoded = try call.decode(try json(value, status: call.operation.successStatus))
        #expect(decoded == value, "\(call.operation)")
    }

    @Test func typedAnswersOfEveryOperationWithABody() throws {
        let t = "tok"
        try roundTrip(api.startSignIn(email: "a@b.c"), StartSignInResponse(flow: "f1", expiresAt: Self.date))
        try roundTrip(api.submitPassword(flow: "f1", password: "p", remember: false), SignInProgress(
            next: .code, methods: [SignInMethod(id: "m1", kind: .totp, label: "App")]))
        try roundTrip(api.submitCode(flow: "f1", method: "m1", code: "1"),
                      SignInProgress(next: .done, session: Self.session))
        try roundTrip(api.resumeSession(rememberToken: "r"), SessionResponse(session: Self.session))
        try roundTrip(api.listSessions(sessionToken: t), SessionList(sessions: [SessionInfo(
            id: "s1", createdAt: Self.date, lastSeenAt: Self.date, expiresAt: Self.date, current: true,
            remembered: false)]))
        try roundTrip(api.getAccount(sessionToken: t), Account(
            email: "a@b.c", displayName: "Ada", mfa: Self.mfa, createdAt: Self.date))
        try roundTrip(api.reauthenticate(password: "p", sessionToken: t),
                      ReauthenticateResponse(reauthenticatedUntil: Self.date))
        try roundTrip(api.startTotpSetup(label: "Pixel", sessionToken: t), TotpSetup(
            setup: "u1", secret: "JBSWY3DPEHPK3PXP", otpauthUri: "otpauth://totp/X:a?secret=JBSWY3DPEHPK3PXP",
            issuer: "X", account: "a", expiresAt: Self.date))
        try roundTrip(api.verifyTotpSetup(setup: "u1", code: "1", sessionToken: t), MethodResponse(method: Self.method))
        try roundTrip(api.startPhoneSetup(phone: "+1", label: "P", sessionToken: t),
                      PhoneSetup(setup: "u2", destination: "+1 ••42", expiresAt: Self.date))
        try roundTrip(api.verifyPhoneSetup(setup: "u2", code: "1", sessionToken: t), MethodResponse(method: Self.method))
        try roundTrip(api.enableMfa(sessionToken: t), MFAStatusResponse(mfa: Self.mfa))
        try roundTrip(api.renameMfaMethod(id: "m1", label: "L", sessionToken: t), MethodResponse(method: Self.method))
        try roundTrip(api.generateRecoveryCodes(sessionToken: t), RecoveryCodes(codes: ["a-b"], generatedAt: Self.date))
        try roundTrip(api.health(), HealthResponse())
    }

    @Test func operationsWithoutABodyIgnoreWhateverComes() throws {
        let calls: [APICall<Void>] = [
            api.sendSignInCode(flow: "f", method: "m"), api.signOut(sessionToken: "t"),
            api.revokeSession(id: "s", sessionToken: "t"),
            api.changePassword(currentPassword: "a", newPassword: "b", sessionToken: "t"),
            api.removeMfaMethod(id: "m", sessionToken: "t"), api.forgotPassword(email: "e"),
            api.resetPassword(email: "e", code: "c", newPassword: "n"),
        ]
        for call in calls {
            try call.decode(HTTPResponse(status: call.operation.successStatus))
            try call.decode(HTTPResponse(status: call.operation.successStatus, body: Data("junk".utf8)))
        }
    }

    @Test func serverErrorCarriesCodeMessageAndCounts() throws {
        let body = ErrorBody(code: .locked, message: "Locked", retryAfter: 300, attemptsLeft: 0)
        let answer = try json(ErrorResponse(error: body), status: 429)
        #expect(throws: ClientError.server(body)) { try api.health().decode(answer) }
    }

    @Test func retryAfterHeaderFillsAMissingField() throws {
        var answer = try json(ErrorResponse(error: ErrorBody(code: .rateLimited, message: "Slow down")), status: 429)
        answer.headers["retry-after"] = " 42 "
        #expect(throws: ClientError.server(ErrorBody(code: .rateLimited, message: "Slow down", retryAfter: 42))) {
            try api.forgotPassword(email: "e").decode(answer)
        }
    }

    @Test func statusWithoutTheErrorShapeIsUnexpected() {
        let html = HTTPResponse(status: 500, headers: ["content-type": "text/html"], body: Data("<h1>oops".utf8))
        #expect(throws: ClientError.unexpectedStatus(500)) { try api.health().decode(html) }
        let otherJSON = HTTPResponse(status: 502, headers: ["content-type": "application/json"],
                                     body: Data(#"{"error":{"code":"from_the_future","message":"?"}}"#.utf8))
        #expect(throws: ClientError.unexpectedStatus(502)) { try api.health().decode(otherJSON) }
        #expect(throws: ClientError.unexpectedStatus(302)) { try api.signOut(sessionToken: "t").decode(
            HTTPResponse(status: 302)) }
    }

    @Test func successWithoutJSONIsTheWrongContentType() {
        let html = HTTPResponse(status: 200, headers: ["Content-Type": "text/html"], body: Data("<html>".utf8))
        #expect(throws: ClientError.wrongContentType("text/html")) { try api.health().decode(html) }
        #expect(throws: ClientError.wrongContentType(nil)) { try api.health().decode(HTTPResponse(status: 200)) }
    }

    @Test func contentTypeParametersAndCaseAreAccepted() throws {
        let answer = HTTPResponse(status: 200, headers: ["CONTENT-TYPE": "Application/JSON; charset=utf-8"],
                                  body: Data(#"{"status":"ok","version":"9"}"#.utf8))
        #expect(try api.health().decode(answer) == HealthResponse(status: "ok", version: "9"))
    }

    @Test func badJSONIsMalformedNeverACrash() {
        let bodies = [#"{"status": "ok""#, #"{"status": 1, "version": "x"}"#, "[]", "", "\u{0}\u{ff}",
                      #"{"flow":"f","next":"teleport","expires_at":"2026-01-01T00:00:00Z"}"#]
        for body in bodies {
            let answer = HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: Data(body.utf8))
            let error = caughtError { () throws(ClientError) in try api.startSignIn(email: "e").decode(answer) }
            guard case .malformedResponse = error else {
                Issue.record("\(body): \(String(describing: error))")
                continue
            }
        }
    }
}
