import AuthModel
import Testing

@Suite struct ErrorCodeTests {
    @Test func clientErrorsAre4xx() {
        for code in ErrorCode.allCases where code != .internalError && code != .unavailable {
            #expect((400..<500).contains(code.httpStatus), "\(code.rawValue)")
        }
    }

    @Test func lockoutsAndLimitsAre429() {
        #expect(ErrorCode.locked.httpStatus == 429)
        #expect(ErrorCode.rateLimited.httpStatus == 429)
    }
}
