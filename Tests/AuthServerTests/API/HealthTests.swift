import AuthModel
import Testing

@testable import AuthServer

@Suite struct HealthTests {
    @Test func healthAnswersWithTheVersion() async throws {
        try await TestServer().run { api in
            let health = try await api.expect(HealthResponse.self, .health)
            #expect(health == HealthResponse(status: "ok", version: ProductVersion.current))
        }
    }
}
