import AuthModel
import Testing

@testable import AuthClient

@Suite struct ClientErrorTests {
    @Test func serverCodeIsOnlyForServerErrors() {
        #expect(ClientError.server(ErrorBody(code: .sessionExpired, message: "")).serverCode == .sessionExpired)
        #expect(ClientError.timedOut.serverCode == nil)
    }
}
