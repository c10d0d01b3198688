import AuthModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import AuthServer

@Suite struct HealthTests {
    @Test func healthAnswersWithTheVersion() async throws {
        let app = ServerApplication.build(host: "127.0.0.1", port: 0, logger: Logger(label: "test"))
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let health = try WireJSON.decode(HealthResponse.self, from: Data(buffer: response.body))
                #expect(health == HealthResponse(status: "ok", version: ProductVersion.current))
            }
        }
    }
}
