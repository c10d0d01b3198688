import AuthModel
import Testing

@Suite struct APIOperationTests {
    @Test func fillsAndEncodesPathParameters() {
        #expect(APIOperation.submitPassword.path(["flow": "f1"]) == "/v1/sign-in/f1/password")
        #expect(APIOperation.revokeSession.path(["id": "a/b c"]) == "/v1/sessions/a%2Fb%20c")
        #expect(APIOperation.health.path() == "/healthz")
    }

    @Test func namesPathParametersInOrder() {
        #expect(APIOperation.verifyTotpSetup.pathParameters == ["setup"])
        #expect(APIOperation.getAccount.pathParameters.isEmpty)
    }

    @Test func everyMethodAndPathPairIsUnique() {
        let routes = APIOperation.allCases.map { "\($0.method.rawValue) \($0.pathTemplate)" }
        #expect(Set(routes).count == routes.count)
    }

    @Test func sessionOperationsNeedABearerToken() {
        #expect(APIOperation.getAccount.requiresSession)
        #expect(!APIOperation.startSignIn.requiresSession)
        #expect(!APIOperation.resumeSession.requiresSession)
    }
}
